namespace Sandbox.Dashboard.Live;

/// <summary>
/// Where a live engine sends what viewers must see. The hub's publisher forwards to the run's SignalR group;
/// an engine awaits each call, so a week is never overtaken by the next one on its way out.
/// </summary>
public interface ILiveRunPublisher
{
    Task FrameAsync(LiveFrame frame);
    Task StatusAsync(LiveRunInfo run);
    Task ResetAsync(LiveSnapshot snapshot);
}
