namespace Sandbox.Grains.Live;

/// <summary>
/// Receives a live run's pushes. Each host (dashboard on any silo, CLI client) subscribes for itself and
/// forwards to its own SignalR connections, since a hub context reaches only its own process.
/// </summary>
[Alias("sandbox.live-run-observer")]
public interface ILiveRunObserver : IGrainObserver
{
    [Alias("week")] void OnWeek(WeekMetrics metrics);
    [Alias("status")] void OnStatus(LiveRunStatus status);
}
