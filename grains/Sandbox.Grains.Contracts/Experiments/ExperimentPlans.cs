using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Experiments;

/// <summary>
/// Builds the two experiment shapes hosts launch: a compare of named scenarios (e.g. the four levels) and a
/// one-parameter sweep set through the parameter catalog. Replication seeds follow the kernel's own rule
/// (<see cref="Replications.Seed"/>: replication 0 is the scenario's seed), so a cluster compare equals a local one.
/// </summary>
public static class ExperimentPlans
{
    public static ExperimentSpec Compare(string name, IEnumerable<Scenario> scenarios, int replications, long baseSeed = 1) =>
        new(name, scenarios.Select(s => new ExperimentPoint(s.Name, ScenarioJson.Serialize(s))).ToArray(), Seeds(replications, baseSeed));

    /// <summary>The four integration levels on one scenario, in level order.</summary>
    public static ExperimentSpec CompareLevels(string name, Scenario scenario, int replications, long baseSeed = 1) =>
        new(name, IntegrationLevels.All.Select(l => new ExperimentPoint(l.Key(), ScenarioJson.Serialize(scenario.WithLevel(l)))).ToArray(),
            Seeds(replications, baseSeed));

    /// <summary>One parameter (catalog path) over <paramref name="values"/>; points run in van der Corput order.</summary>
    public static ExperimentSpec Sweep(string name, Scenario scenario, string path, IReadOnlyList<double> values, int replications, long baseSeed = 1)
    {
        var parameter = ParameterCatalog.Find(scenario, path);
        var points = values.Select(v =>
        {
            var s = scenario.Clone();
            parameter.Set(s, v);
            return new ExperimentPoint($"{parameter.Path}={v.ToString(System.Globalization.CultureInfo.InvariantCulture)}", ScenarioJson.Serialize(s));
        }).ToArray();
        return new ExperimentSpec(name, points, Seeds(replications, baseSeed), RunOrder.Interleaved(points.Length));
    }

    public static long[] Seeds(int replications, long baseSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        return Enumerable.Range(0, replications).Select(r => Replications.Seed(baseSeed, r)).ToArray();
    }
}
