using Sandbox.Sim.Metrics;

namespace Sandbox.Dashboard.Workshop;

/// <summary>
/// The few series a room can read from the back: who is in work, who fell through the cracks, how many lasting jobs,
/// and what the services cost. Each is a metric of the run, read per week from the branch's <see cref="RunResult"/>.
/// </summary>
public static class WorkshopChart
{
    public static readonly IReadOnlyList<WorkshopSeries> Series =
    [
        new("employmentRate", "In work", "share"),
        new("cumulativeCracks", "Fell through the cracks (so far)", "events"),
        new("sustainedJobs26", "Sustained jobs, 26+ weeks (so far)", "jobs"),
        new("cumulativeServiceCost", "Service cost (so far)", "EUR"),
    ];

    public static double[] At(RunResult result, int week) =>
        Series.Select(s => result.Series(s.Key)[week]).ToArray();

    public static double[][] History(RunResult result, int weeks) =>
        Series.Select(s => result.Series(s.Key)[..weeks].ToArray()).ToArray();
}
