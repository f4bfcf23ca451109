using Microsoft.AspNetCore.SignalR;

namespace Sandbox.Dashboard.Workshop;

/// <summary>Sends a session's changes to its SignalR group ("view", "frame", "votes", "presence").</summary>
public sealed class HubWorkshopPublisher(IHubContext<WorkshopHub> hub) : IWorkshopPublisher
{
    public Task ViewAsync(string sessionId, WorkshopView view) => Group(sessionId).SendAsync("view", view);
    public Task FrameAsync(string sessionId, WorkshopFrame frame) => Group(sessionId).SendAsync("frame", frame);
    public Task VotesAsync(string sessionId, string pollId, int voters) => Group(sessionId).SendAsync("votes", new { pollId, voters });
    public Task PresenceAsync(string sessionId, int participants) => Group(sessionId).SendAsync("presence", new { participants });

    private IClientProxy Group(string sessionId) => hub.Clients.Group(WorkshopHub.Group(sessionId));
}
