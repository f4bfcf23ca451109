using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Runs every variant × replication on the in-process kernel. Replication r of every variant gets the same seed
/// (common random numbers), so differences between variants are paired and cancel the luck both saw. Runs go
/// in parallel but each result lands in its own (variant, replication) slot and aggregation reads the slots in
/// a fixed order, so results are bit-identical whatever the degree of parallelism. Hosts other than the CLI
/// (an Orleans run grain, the dashboard) call this too, so nothing here knows about consoles or files.
/// </summary>
public static class CompareRunner
{
    public static CompareResult Run(IReadOnlyList<Variant> variants, CompareOptions options,
        IProgress<CompareProgress>? progress = null, System.Threading.CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (variants.Count == 0) throw new ArgumentException("A comparison needs at least one variant.", nameof(variants));

        int v = variants.Count, reps = options.Replications, total = v * reps;
        var seeded = new Scenarios.Scenario[v][];
        for (int i = 0; i < v; i++)
        {
            seeded[i] = new Scenarios.Scenario[reps];
            for (int r = 0; r < reps; r++)
            {
                var s = variants[i].Scenario.Clone();
                s.Seed = Replications.Seed(options.BaseSeed, r);
                seeded[i][r] = s;
            }
        }

        var runs = new RunResult[v][];
        for (int i = 0; i < v; i++) runs[i] = new RunResult[reps];
        int completed = 0;
        var populations = new SharedPopulations(seeded.SelectMany(runsOfVariant => runsOfVariant));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        // Replication-major order: a run stopped half way has every variant at about the same count.
        Parallel.For(0, total, parallel, k =>
        {
            int r = k / v, i = k % v;
            runs[i][r] = populations.Start(seeded[i][r]).Run();
            int done = System.Threading.Interlocked.Increment(ref completed);
            progress?.Report(new CompareProgress(done, total, variants[i].Name, r));
        });
        return new CompareResult(variants, options.BaseSeed, runs);
    }
}
