namespace Sandbox.Dashboard.Workshop;

/// <summary>Creates a session from a shipped workshop (<see cref="Workshop"/>) or any scenario the editor can name.</summary>
public sealed record CreateWorkshopRequest(string? Workshop = null, Scenarios.ScenarioRequest? Scenario = null);

/// <summary>
/// A facilitator's command. <see cref="Command"/> is one of <see cref="WorkshopCommands.All"/>; the other fields are
/// the arguments the command needs (a week to jump to, a level to switch or fork to, a client to spotlight, a poll).
/// </summary>
public sealed record WorkshopCommand(string SessionId, string? Key, string Command, int? Week = null, string? Level = null, int? Branch = null,
    int? Client = null, string? Name = null, string? PollId = null, double? WeeksPerSecond = null);

/// <summary>A participant joins with the code on the screen; a returning one also brings the token they got the first time.</summary>
public sealed record JoinRequest(string Code, string? Token = null);

/// <summary>A prediction: a level key for a level poll, a number for a number poll.</summary>
public sealed record VoteRequest(string SessionId, string Token, string PollId, string? Choice = null, double? Number = null);

/// <summary>What the facilitator gets on creating or re-opening a session; the key is shown only here.</summary>
public sealed record FacilitatorTicket(string SessionId, string Key, string JoinUrl, string QrSvg, WorkshopView View);

/// <summary>What a participant gets on joining: the token that keeps their place (and their votes) across reconnects.</summary>
public sealed record ParticipantTicket(string SessionId, string Token, WorkshopView View);

public static class WorkshopCommands
{
    public static readonly string[] All =
        ["start", "pause", "step", "jump", "speed", "switch", "fork", "spotlight", "chart", "cracks", "openPoll", "closePoll", "revealPoll"];
}
