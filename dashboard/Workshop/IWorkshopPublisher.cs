namespace Sandbox.Dashboard.Workshop;

/// <summary>
/// Where a session sends what its screens must see; the hub's implementation forwards to the session's SignalR
/// group. A session awaits each call inside its turn, so screens receive weeks and stage changes in order.
/// </summary>
public interface IWorkshopPublisher
{
    Task ViewAsync(string sessionId, WorkshopView view);
    Task FrameAsync(string sessionId, WorkshopFrame frame);
    Task VotesAsync(string sessionId, string pollId, int voters);
    Task PresenceAsync(string sessionId, int participants);
}
