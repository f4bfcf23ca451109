using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Experiments;

/// <summary>
/// Builds the experiment shapes hosts launch: a compare of variants (the CLI's <see cref="Variant"/>s, e.g. the
/// four levels) and a researcher's plan (sweeps and the other designs, <see cref="FromPlan"/>). Replication seeds follow the
/// kernel's own rule (<see cref="Replications.Seed"/>), so a cluster compare equals <see cref="CompareRunner"/>'s.
/// </summary>
public static class ExperimentPlans
{
    /// <summary>The same comparison <see cref="CompareRunner.Run"/> would run locally, as cluster runs.</summary>
    public static ExperimentSpec FromVariants(string name, IReadOnlyList<Variant> variants, CompareOptions options) =>
        new(name, PointsOf(variants), Seeds(options.Replications, options.BaseSeed));

    /// <summary>A researcher's plan (sweep, sensitivity design, decomposition): its points, seeds and dispatch order.</summary>
    public static ExperimentSpec FromPlan(string name, ExperimentPlan plan) =>
        new(name, PointsOf(plan.Points), plan.Seeds.ToArray(), plan.Order.ToArray());

    /// <summary>A fresh experiment id for one launch: the kind, then 48 random bits.</summary>
    public static string NewId(string kind) => $"{kind}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6))}";

    /// <summary>The four integration levels on one scenario, in level order.</summary>
    public static ExperimentSpec CompareLevels(string name, Scenario scenario, int replications, long baseSeed = 1) =>
        FromVariants(name, Variant.ForLevels(scenario, IntegrationLevels.All), new CompareOptions { Replications = replications, BaseSeed = baseSeed });

    private static ExperimentPoint[] PointsOf(IReadOnlyList<Variant> variants) =>
        variants.Select(v => new ExperimentPoint(v.Name, ScenarioJson.Serialize(v.Scenario), v.Label)).ToArray();

    public static long[] Seeds(int replications, long baseSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        return Enumerable.Range(0, replications).Select(r => Replications.Seed(baseSeed, r)).ToArray();
    }
}
