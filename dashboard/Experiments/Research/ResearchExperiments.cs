namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>
/// The researchers' experiments, run in this process whatever the engine: their analyses read every run's outputs
/// through the sim library's shared runners (a fork copies one in-memory past into every branch, an adaptive compare
/// decides after each replication whether to go on), so they run where the CLI runs them, on all but one core.
/// </summary>
public sealed class ResearchExperiments(IExperimentPublisher publisher, ILogger<ResearchExperiments> log)
{
    private readonly JobBoard<ResearchResult> _board = new(publisher, log);

    public ExperimentInfo Launch(ResearchWork work)
    {
        var template = new ExperimentInfo("", work.Kind, work.Name, ExperimentStatus.Running, 0, work.Runs, [], work.Replications, work.BaseSeed,
            work.Engine, DateTimeOffset.UtcNow, 0);
        return _board.Launch(template, (progress, ct) => work.Run((finished, total) => progress(finished, total), ct));
    }

    public bool Owns(string id) => _board.Owns(id);
    public ExperimentInfo Get(string id) => _board.Get(id);
    public IReadOnlyList<ExperimentInfo> List() => _board.List();
    public ExperimentInfo Cancel(string id) => _board.Cancel(id);

    /// <summary>The result of a completed experiment, or an error naming its state.</summary>
    public ResearchResult Finished(string id) => _board.Result(id)
        ?? throw new Api.ApiErrorException(Api.ApiError.Invalid("experiment", id, $"a completed experiment (this one is {Get(id).Status.ToString().ToLowerInvariant()})"));
}
