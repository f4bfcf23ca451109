using Microsoft.Extensions.DependencyInjection;
using Sandbox.Dashboard.Experiments.Research;

namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// The one <see cref="IExperiments"/> the API and the hub see: compares and one-setting sweeps go to the engine
/// (Orleans cluster or in-process kernel), the researchers' kinds to <see cref="ResearchExperiments"/>. Lists,
/// progress and cancelling work on either by id; reform, fork and adaptive compares open in the Compare page
/// like any compare, since their result is one.
/// </summary>
internal sealed class ExperimentRouter([FromKeyedServices(ExperimentRouter.EngineKey)] IExperiments engine, ResearchExperiments research) : IExperiments
{
    /// <summary>The key the engine's own <see cref="IExperiments"/> is registered under.</summary>
    public const string EngineKey = "engine";

    public Task<ExperimentInfo> LaunchAsync(ExperimentPlan plan) => engine.LaunchAsync(plan);

    public Task<ExperimentInfo> GetAsync(string id) => research.Owns(id) ? Task.FromResult(research.Get(id)) : engine.GetAsync(id);

    public async Task<IReadOnlyList<ExperimentInfo>> ListAsync() =>
        (await engine.ListAsync()).Concat(research.List()).OrderByDescending(i => i.StartedUtc).ToArray();

    public Task<ExperimentInfo> CancelAsync(string id) => research.Owns(id) ? Task.FromResult(research.Cancel(id)) : engine.CancelAsync(id);

    public Task<ExperimentOutcome?> OutcomeAsync(string id)
    {
        if (!research.Owns(id)) return engine.OutcomeAsync(id);
        var info = research.Get(id);
        if (info.Status != ExperimentStatus.Completed) return Task.FromResult<ExperimentOutcome?>(null);
        var result = research.Finished(id);
        if (result.Curves is not { } curves)
            throw new Api.ApiErrorException(Api.ApiError.Invalid("experiment", id, $"a compare, reform, fork or adaptive compare (a {info.Kind} has no curves over time; open its results)"));
        var plan = new ExperimentPlan(info.Kind, info.Name, curves.Variants, curves.ReplicationCount, curves.BaseSeed);
        return Task.FromResult<ExperimentOutcome?>(new ExperimentOutcome(plan, curves));
    }
}
