namespace Sandbox.Dashboard.Live;

/// <summary>
/// One finished week pushed to every viewer: the values of the live series (in the order of
/// <see cref="LiveSnapshot.Series"/>) and when the engine finished the week, so browsers can measure latency.
/// </summary>
/// <param name="Week">1-based: the number of weeks completed.</param>
/// <param name="EngineTime">Unix time in milliseconds when the engine finished this week.</param>
public sealed record LiveFrame(string RunId, int Week, double[] Values, double EngineTime);

/// <summary>Everything a viewer needs to draw a run from scratch: its state, the series and the weeks so far.</summary>
/// <param name="History">history[series][week − 1] for the weeks completed.</param>
public sealed record LiveSnapshot(LiveRunInfo Run, IReadOnlyList<LiveSeriesInfo> Series, double[][] History);
