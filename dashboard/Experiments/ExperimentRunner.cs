using Sandbox.Sim.Engine;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;

namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// Runs a plan's arms × replications on the kernel, replication r of every arm on <c>Replications.Seed(base, r)</c>,
/// in parallel on all but one core. Each result lands in its own slot, so the outcome does not depend on which run
/// finished first. Shared by launched experiments and by bundle replays, so a replay runs exactly what was run.
/// </summary>
public static class ExperimentRunner
{
    public static async Task<ExperimentOutcome> RunAsync(ExperimentPlan plan, Func<int, ValueTask>? finished = null, CancellationToken cancellationToken = default)
    {
        int arms = plan.Arms.Count, reps = plan.Replications, total = arms * reps;
        var seeds = Enumerable.Range(0, reps).Select(r => Replications.Seed(plan.BaseSeed, r)).ToArray();
        var runs = new RunResult[arms][];
        for (int a = 0; a < arms; a++) runs[a] = new RunResult[reps];
        int done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1), CancellationToken = cancellationToken };
        // Replication-major: a cancelled experiment has every arm at about the same count.
        await Parallel.ForAsync(0, total, parallel, async (k, _) =>
        {
            int r = k / arms, a = k % arms;
            var scenario = plan.Arms[a].Scenario.Clone();
            scenario.Seed = seeds[r];
            runs[a][r] = new KernelSimulation(scenario).Run();
            int count = Interlocked.Increment(ref done);
            if (finished is not null) await finished(count);
        });
        return new ExperimentOutcome(plan, runs, seeds);
    }
}
