namespace Sandbox.Grains.Live;

/// <summary>Where a live run is in its life; only <see cref="Running"/> advances weeks by itself.</summary>
public enum LiveRunState { Created, Running, Paused, Finished, Stopped, Failed }

/// <summary>
/// How to start a live run. The scenario travels as JSON (the scenario files' own format), so the grain
/// engine compiles exactly what the kernel would from the same file.
/// </summary>
/// <param name="WeekInterval">Least time between two weeks, to pace a workshop; zero runs as fast as it can.</param>
/// <param name="Paused">Create the run without starting it, to step it week by week.</param>
[GenerateSerializer, Immutable, Alias("sandbox.live-run-start")]
public sealed record LiveRunStart(string ScenarioJson, TimeSpan WeekInterval = default, bool Paused = false);

/// <summary>A live run's state as observers and callers see it. <see cref="Week"/> counts the weeks completed.</summary>
[GenerateSerializer, Immutable, Alias("sandbox.live-run-status")]
public sealed record LiveRunStatus(string RunId, LiveRunState State, int Week, int Weeks, int Jobseekers, string? Error = null)
{
    public bool IsOver => State is LiveRunState.Finished or LiveRunState.Stopped or LiveRunState.Failed;
}
