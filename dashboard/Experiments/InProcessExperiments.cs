namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// <see cref="IExperiments"/> on this process: runs go in parallel on all but one core (live runs keep one),
/// through the shared compare runner, as background jobs of a <see cref="JobBoard{TResult}"/>.
/// </summary>
internal sealed class InProcessExperiments(IExperimentPublisher publisher, ILogger<InProcessExperiments> log) : IExperiments
{
    private readonly JobBoard<ExperimentOutcome> _board = new(publisher, log);

    public Task<ExperimentInfo> LaunchAsync(ExperimentPlan plan)
    {
        var template = new ExperimentInfo("", plan.Kind, plan.Name, ExperimentStatus.Running, 0, plan.Variants.Count * plan.Replications,
            plan.Variants.Select(v => v.Display()).ToArray(), plan.Replications, plan.BaseSeed, "in-process kernel", DateTimeOffset.UtcNow, 0);
        return Task.FromResult(_board.Launch(template, (progress, ct) =>
            ExperimentRunner.Run(plan, p => progress(p.Completed, p.Total), ct)));
    }

    public Task<ExperimentInfo> GetAsync(string id) => Task.FromResult(_board.Get(id));

    public Task<IReadOnlyList<ExperimentInfo>> ListAsync() =>
        Task.FromResult<IReadOnlyList<ExperimentInfo>>(_board.List().OrderByDescending(i => i.StartedUtc).ToArray());

    public Task<ExperimentInfo> CancelAsync(string id) => Task.FromResult(_board.Cancel(id));

    public Task<ExperimentOutcome?> OutcomeAsync(string id) => Task.FromResult(_board.Result(id));
}
