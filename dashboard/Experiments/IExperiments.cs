namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// Compares and sweeps launched from the dashboard: many kernel runs on matched seeds, progress pushed live,
/// results kept for the compare page and downloads. In-process today (<see cref="InProcessExperiments"/>); the
/// Orleans experiment grain spreads the same runs over a cluster behind this same contract.
/// </summary>
public interface IExperiments
{
    ExperimentInfo Launch(ExperimentPlan plan);
    ExperimentInfo Get(string id);
    IReadOnlyList<ExperimentInfo> List();
    ExperimentInfo Cancel(string id);

    /// <summary>The finished runs, or null while the experiment is still running.</summary>
    ExperimentOutcome? Outcome(string id);
}

public static class ExperimentsExtensions
{
    /// <summary>The outcome of a completed experiment, or an error saying it is not finished yet.</summary>
    public static ExperimentOutcome Finished(this IExperiments experiments, string id) =>
        experiments.Outcome(id) ?? throw new Api.ApiErrorException(Api.ApiError.Invalid("experiment", id, "a completed experiment (this one is "
            + experiments.Get(id).Status.ToString().ToLowerInvariant() + ")"));
}
