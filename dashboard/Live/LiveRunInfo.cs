namespace Sandbox.Dashboard.Live;

/// <summary>A live run as every viewer sees it. <see cref="Week"/> counts weeks completed.</summary>
public sealed record LiveRunInfo(
    string RunId,
    string Scenario,
    string? Level,
    long Seed,
    LiveRunState State,
    int Week,
    int Weeks,
    int Jobseekers,
    double WeeksPerSecond,
    string Engine,
    DateTimeOffset StartedUtc,
    string? Error = null)
{
    public bool IsOver => State is LiveRunState.Finished or LiveRunState.Stopped or LiveRunState.Failed;
}

/// <summary>What the session that starts a run gets back: the run and the key that lets others control it.</summary>
public sealed record LiveRunTicket(LiveRunInfo Run, string ControlKey);

/// <summary>How to start a live run: pace in weeks per second, and whether to start paused (to step week by week).</summary>
public sealed record LiveRunSettings(double WeeksPerSecond = LiveRunSettings.DefaultSpeed, bool Paused = false)
{
    public const double DefaultSpeed = 4;
    public const double MinSpeed = 0.25;
    public const double MaxSpeed = 100;
}
