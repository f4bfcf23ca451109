using System.Threading;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// A comparison whose replication count is decided by precision instead of fixed in advance: replication r
/// runs every variant with the same seed (common random numbers, as <see cref="CompareRunner"/>), and a
/// <see cref="ReplicationStopRule"/> over "{variant}/{output}" decides when to stop. The result is a plain
/// <see cref="CompareResult"/>, so summaries, headlines and charts treat it like any other comparison.
/// </summary>
public static class AdaptiveCompareRunner
{
    public static AdaptiveCompareResult Run(IReadOnlyList<Variant> variants, AdaptiveCompareOptions options,
        IProgress<ReplicationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentNullException.ThrowIfNull(options);
        if (variants.Count == 0) throw new ArgumentException("A comparison needs at least one variant.", nameof(variants));
        if (options.MaxReplications > CompareOptions.MaxReplications)
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxReplications, $"At most {CompareOptions.MaxReplications} replications.");
        var outputs = variants.Select(v => RunOutputs.For(v.Scenario)).ToArray();
        var watched = variants.SelectMany((v, i) => options.Targets.Select(t => (Key: Key(v, t.Output), Variant: i, Output: outputs[i].IndexOf(t.Output)))).ToArray();
        var rule = new ReplicationStopRule(variants.SelectMany(v => options.Targets.Select(t => t with { Output = Key(v, t.Output) })),
            options.MinReplications, options.MaxReplications, options.Confidence);

        RunResult[] Replicate(int r)
        {
            long seed = Replications.Seed(options.BaseSeed, r);
            return variants.Select(v =>
            {
                var s = v.Scenario.Clone();
                s.Seed = seed;
                return new KernelSimulation(s).Run();
            }).ToArray();
        }
        IReadOnlyDictionary<string, double> Watched(RunResult[] runs) =>
            watched.ToDictionary(w => w.Key, w => outputs[w.Variant].ValueOf(runs[w.Variant], w.Output), StringComparer.Ordinal);

        var (results, final) = AdaptiveLoop.Run(rule, Replicate, Watched, options.MaxDegreeOfParallelism, progress, cancellationToken);
        var runs = Enumerable.Range(0, variants.Count).Select(v => results.Select(r => r[v]).ToArray()).ToArray();
        return new AdaptiveCompareResult(new CompareResult(variants, options.BaseSeed, runs), final);
    }

    /// <summary>The stopping rule's name for one variant's output: "full-integration/sustained26Rate".</summary>
    public static string Key(Variant variant, string output) => variant.Name + "/" + output;
}
