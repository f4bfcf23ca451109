using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Experiments;

/// <summary>Hand-made comparison results whose summaries can be worked out on paper.</summary>
internal static class TinyResults
{
    public static readonly MetricsLayout Layout = new(
    [
        new MetricColumn("sustained26Rate", "all", "", "share"),
        new MetricColumn("costPerSustainedJob", "all", "", "EUR"),
        new MetricColumn("cumulativeCracks", "all", "", "cumulative"),
    ]);

    /// <summary>One run of two weeks; every column holds <paramref name="week1"/> then <paramref name="week2"/> scaled per column.</summary>
    public static RunResult Run(double rate, double cost, double cracks, double week1Factor = 0.5) => new("tiny", 1, 2, Layout,
        [rate * week1Factor, rate, cost * week1Factor, cost, cracks * week1Factor, cracks]);

    /// <summary>A result with a baseline variant "co-location" and the given others, each a list of (rate, cost, cracks) per replication.</summary>
    public static CompareResult Result(params (string Name, (double Rate, double Cost, double Cracks)[] Reps)[] variants) =>
        new(variants.Select(v => new Variant(v.Name, IntegrationLevels.TryParse(v.Name, out var l) ? Variant.LabelOf(l) : v.Name, new Scenario())).ToArray(), 1,
            variants.Select(v => v.Reps.Select(r => Run(r.Rate, r.Cost, r.Cracks)).ToArray()).ToArray());
}
