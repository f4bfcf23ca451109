using Sandbox.Sim.Experiments;

namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// A compare or sweep ready to run: variants × replications, replication r of every variant on the same seed
/// (common random numbers, as <see cref="CompareRunner"/> runs them). For a sweep, <see cref="SweepPath"/> names
/// the parameter the variants vary and <see cref="SweepValues"/> its values, variant by variant.
/// </summary>
public sealed record ExperimentPlan(
    string Kind,
    string Name,
    IReadOnlyList<Variant> Variants,
    int Replications,
    long BaseSeed,
    string? SweepPath = null,
    IReadOnlyList<double>? SweepValues = null);

/// <summary>A finished experiment: its plan and every run, as the shared compare aggregation reads them.</summary>
public sealed record ExperimentOutcome(ExperimentPlan Plan, CompareResult Result)
{
    public IReadOnlyList<long> Seeds => Enumerable.Range(0, Result.ReplicationCount).Select(Result.SeedOf).ToArray();
}

public static class VariantLabels
{
    /// <summary>A variant's label as a legend or list shows it: "Full integration" rather than mid-sentence "full integration".</summary>
    public static string Display(this Variant v) => v.Label.Length == 0 ? v.Name : char.ToUpperInvariant(v.Label[0]) + v.Label[1..];
}
