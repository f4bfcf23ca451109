using Sandbox.Sim.Experiments;

namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// Runs a plan with the shared <see cref="CompareRunner"/> (the CLI's, so the dashboard and the CLI produce the same
/// numbers from the same scenario and seeds) on a background thread, leaving one core for live runs. Used by launched
/// experiments and by bundle replays, so a replay runs exactly what was run.
/// </summary>
public static class ExperimentRunner
{
    public static Task<ExperimentOutcome> RunAsync(ExperimentPlan plan, Action<CompareProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Run(plan, progress, cancellationToken), cancellationToken);

    /// <summary>The same on the calling thread, for callers already off the request thread.</summary>
    public static ExperimentOutcome Run(ExperimentPlan plan, Action<CompareProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var options = new CompareOptions
        {
            Replications = plan.Replications,
            BaseSeed = plan.BaseSeed,
            MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1),
        };
        var result = CompareRunner.Run(plan.Variants, options, progress is null ? null : new InlineProgress<CompareProgress>(progress), cancellationToken);
        return new ExperimentOutcome(plan, result);
    }
}
