using System.Threading;
using Sandbox.Sim.Experiments;

namespace Sandbox.Grains.Experiments;

/// <summary>
/// Runs an <see cref="ExperimentPlan"/> (a sweep, a sensitivity design, a decomposition) on the cluster's experiment
/// grain instead of in this process, and hands back the same <see cref="PlanOutputs"/> as <see cref="PlanRunner.Run"/>,
/// to the bit: the plan numbers its runs and seeds its replications as <see cref="ExperimentSpec"/> does, and each
/// run depends on its scenario and seed alone. Relaunching under the same experiment id picks up the finished runs.
/// </summary>
public static class ClusterPlanRunner
{
    /// <summary>How often progress is read from the experiment grain (a small call; runs take seconds).</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Launches (or resumes) the experiment <paramref name="experimentId"/> and waits for it. Cancelling pauses the
    /// cluster experiment, so finished runs stay stored and a later call with the same id runs only the rest.
    /// </summary>
    public static async Task<PlanOutputs> RunAsync(IGrainFactory grains, string experimentId, string name, ExperimentPlan plan,
        IProgress<PlanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(plan);
        // Every point checked here first, so a bad one is reported as a local run reports it, before any silo works.
        for (int p = 0; p < plan.Points.Count; p++) plan.ScenarioOf(plan.RunIndex(p, 0));

        var experiment = grains.Experiment(experimentId);
        var state = await experiment.Launch(ExperimentPlans.FromPlan(name, plan));
        if (state.Status == ExperimentStatus.Paused) state = await experiment.Resume();
        int reused = state.Finished;
        try
        {
            while (!state.IsOver)
            {
                progress?.Report(new PlanProgress(state.Finished, state.Total, reused));
                await Task.Delay(PollInterval, cancellationToken);
                state = await experiment.GetProgress();
            }
        }
        catch (OperationCanceledException)
        {
            await experiment.Pause();
            throw;
        }
        if (state.Status != ExperimentStatus.Completed)
            throw new InvalidOperationException($"The cluster experiment '{experimentId}' ended {state.Status.ToString().ToLowerInvariant()}" +
                                                (state.Error is { Length: > 0 } e ? $": {e}" : "."));
        progress?.Report(new PlanProgress(state.Finished, state.Total, reused));

        var results = await ExperimentResults.ReadAsync(grains, experimentId);
        return PlanOutputs.FromRuns(plan, run => results[plan.PointOf(run)][plan.ReplicationOf(run)]
            ?? throw new InvalidOperationException($"run {plan.KeyOf(run)} of '{experimentId}' has no stored result"));
    }
}
