namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// Compares and sweeps launched from the dashboard: many kernel runs on matched seeds, progress pushed live,
/// results kept for the compare page and downloads. On the Orleans cluster (<see cref="GrainExperiments"/>: an
/// experiment grain spreads run grains over the silos) or in this process (<see cref="InProcessExperiments"/>).
/// </summary>
public interface IExperiments
{
    Task<ExperimentInfo> LaunchAsync(ExperimentPlan plan);
    Task<ExperimentInfo> GetAsync(string id);
    Task<IReadOnlyList<ExperimentInfo>> ListAsync();
    Task<ExperimentInfo> CancelAsync(string id);

    /// <summary>The finished runs, or null while the experiment is still running.</summary>
    Task<ExperimentOutcome?> OutcomeAsync(string id);
}

public static class ExperimentsExtensions
{
    /// <summary>The outcome of a completed experiment, or an error saying it is not finished yet.</summary>
    public static async Task<ExperimentOutcome> FinishedAsync(this IExperiments experiments, string id) =>
        await experiments.OutcomeAsync(id) ?? throw new Api.ApiErrorException(Api.ApiError.Invalid("experiment", id, "a completed experiment (this one is "
            + (await experiments.GetAsync(id)).Status.ToString().ToLowerInvariant() + ")"));
}
