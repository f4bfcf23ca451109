using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Hubs;

namespace Sandbox.Dashboard.Workshop;

/// <summary>
/// The workshop hub (/hubs/workshop), apart from the live hub so rooms of phones never share groups with runs.
/// A facilitator creates or re-opens a session and controls it with the session's key; participants join with the
/// join code, watch, and vote with the token they got. Arguments arrive as JSON and are read by <see cref="HubArguments"/>,
/// and every call passes through <see cref="HubGuard"/> (rate limit per connection, errors as {code, field, value, allowed, message}).
/// Server-to-client: "view" (<see cref="WorkshopView"/>), "frame" (<see cref="WorkshopFrame"/>), "votes", "presence".
/// </summary>
public sealed class WorkshopHub(WorkshopSessions sessions, IWorkshopPublisher publisher, Microsoft.Extensions.Options.IOptions<WorkshopOptions> options,
    HubArguments arguments) : Hub
{
    public static string Group(string sessionId) => "workshop:" + sessionId;

    public Task<FacilitatorTicket> Create(JsonElement request) => Create(arguments.Read<CreateWorkshopRequest>(request, "request"));

    private async Task<FacilitatorTicket> Create(CreateWorkshopRequest? request)
    {
        if (request is null) throw new ApiErrorException(ApiError.Invalid("request", "(missing)", "a workshop or a scenario"));
        var (session, key) = await sessions.CreateAsync(request);
        return await FacilitateAsync(session, key);
    }

    /// <summary>The facilitator's page after a reload or on a second screen: the key proves who they are.</summary>
    public Task<FacilitatorTicket> Facilitate(JsonElement sessionId, JsonElement key)
    {
        var session = sessions.Get(HubArguments.Text(sessionId, "sessionId"));
        string? facilitatorKey = HubArguments.Text(key, "key");
        session.Demand(facilitatorKey);
        return FacilitateAsync(session, facilitatorKey!);
    }

    public Task<WorkshopView> Control(JsonElement command) => Control(arguments.Read<WorkshopCommand>(command, "command"));

    private Task<WorkshopView> Control(WorkshopCommand? command)
    {
        if (command is null) throw new ApiErrorException(ApiError.Invalid("command", "(missing)", string.Join(", ", WorkshopCommands.All)));
        var session = sessions.Get(command.SessionId);
        session.Demand(command.Key);
        return session.ExecuteAsync(command);
    }

    public Task<ParticipantTicket> Join(JsonElement request) => Join(arguments.Read<JoinRequest>(request, "request"));

    private async Task<ParticipantTicket> Join(JoinRequest? request)
    {
        if (request is null) throw new ApiErrorException(ApiError.Invalid("code", "(missing)", "the join code on the facilitator's screen"));
        var session = sessions.FindByCode(request.Code);
        string token = session.Admit(request.Token);
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(session.Id));
        await PublishPresence(sessions.Attach(Context.ConnectionId, session, facilitator: false));
        return new ParticipantTicket(session.Id, token, await session.ViewAsync());
    }

    public Task<int> Vote(JsonElement vote) => Vote(arguments.Read<VoteRequest>(vote, "vote"));

    private Task<int> Vote(VoteRequest? vote)
    {
        if (vote is null) throw new ApiErrorException(ApiError.Invalid("vote", "(missing)", "a vote"));
        return sessions.Get(vote.SessionId).VoteAsync(vote);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (sessions.Detach(Context.ConnectionId) is { } session) await PublishPresence([session]);
        await base.OnDisconnectedAsync(exception);
    }

    private async Task<FacilitatorTicket> FacilitateAsync(Workshop.WorkshopSession session, string key)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(session.Id));
        await PublishPresence(sessions.Attach(Context.ConnectionId, session, facilitator: true));
        string url = JoinQr.JoinUrl(options.Value.PublicUrl, Context.GetHttpContext()?.Request, session.Code);
        return new FacilitatorTicket(session.Id, key, url, JoinQr.Svg(url), await session.ViewAsync());
    }

    private async Task PublishPresence(IReadOnlyList<WorkshopSession> changed)
    {
        foreach (var s in changed) await publisher.PresenceAsync(s.Id, s.Connected);
    }
}
