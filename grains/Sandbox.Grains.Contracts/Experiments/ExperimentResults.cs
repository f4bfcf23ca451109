using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Experiments;

/// <summary>
/// Reads an experiment's stored results in the fixed (point, replication) order, never in completion
/// order, so any aggregate over them is the same bits however many silos ran the runs and in what order.
/// </summary>
public static class ExperimentResults
{
    /// <summary>Every finished run's result, indexed [point][replication]; null where a run has not finished.</summary>
    public static async Task<RunResult?[][]> ReadAsync(IGrainFactory grains, string experimentId)
    {
        var spec = await grains.Experiment(experimentId).GetSpec()
            ?? throw new InvalidOperationException($"no experiment '{experimentId}'");
        var results = new RunResult?[spec.Points.Length][];
        for (int p = 0; p < spec.Points.Length; p++)
        {
            results[p] = new RunResult?[spec.Replications];
            for (int r = 0; r < spec.Replications; r++)
                results[p][r] = await grains.Run(experimentId, spec.RunIndex(p, r)).GetResult();
        }
        return results;
    }

    /// <summary>
    /// A finished experiment as the <see cref="CompareResult"/> a local <see cref="CompareRunner"/> run returns, so
    /// hosts summarise cluster results with the same <c>CompareAggregation</c> code, to the same bits.
    /// </summary>
    public static async Task<CompareResult> ReadCompareAsync(IGrainFactory grains, string experimentId)
    {
        var spec = await grains.Experiment(experimentId).GetSpec()
            ?? throw new InvalidOperationException($"no experiment '{experimentId}'");
        var results = await ReadAsync(grains, experimentId);
        var runs = results.Select((reps, p) => reps.Select((run, r) => run
            ?? throw new InvalidOperationException($"run ({spec.Points[p].Name}, replication {r}) of '{experimentId}' has not finished")).ToArray()).ToArray();
        var variants = spec.Points.Select(p => new Variant(p.Name, p.Label ?? p.Name, ScenarioLoader.Parse(p.ScenarioJson))).ToArray();
        return new CompareResult(variants, spec.Seeds[0], runs);
    }

    /// <summary>Week-by-week mean over replications, column-major like a run, summed in replication order.</summary>
    public static double[] Mean(IReadOnlyList<RunResult> replications)
    {
        if (replications.Count == 0) throw new ArgumentException("no replications to average", nameof(replications));
        var mean = new double[replications[0].Values.Length];
        foreach (var run in replications)
        {
            var values = run.Values;
            if (values.Length != mean.Length) throw new ArgumentException("replications have different layouts", nameof(replications));
            for (int i = 0; i < mean.Length; i++) mean[i] += values[i];
        }
        for (int i = 0; i < mean.Length; i++) mean[i] /= replications.Count;
        return mean;
    }
}
