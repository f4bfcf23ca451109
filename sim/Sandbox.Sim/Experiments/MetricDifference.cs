using Sandbox.Sim.Analysis;
using Sandbox.Sim.Metrics;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// A variant minus the baseline for one metric and week, replications paired by index (same seed). The paired
/// statistics keep <see cref="PairedDifference"/>'s "A is larger" convention; <see cref="ProbabilityBetter"/>
/// turns it around for metrics where lower is better and is NaN where the catalog of directions has no opinion.
/// </summary>
public readonly record struct MetricDifference(string Variant, string Baseline, MetricColumn Column, int Week,
    PairedDifference Difference, double ProbabilityBetter)
{
    /// <summary>True when the confidence interval of the difference lies wholly on one side of zero.</summary>
    public bool IsClear => Difference.Difference.Lower > 0 || Difference.Difference.Upper < 0;
}
