using Sandbox.Dashboard.Compare;
using Sandbox.Dashboard.Experiments;

namespace Sandbox.Dashboard.Api;

/// <summary>Launch, list, follow and cancel compares and sweeps; their results feed the compare and experiments pages.</summary>
internal static class ExperimentEndpoints
{
    public static void MapExperimentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/experiments");

        api.MapPost("/", (ExperimentRequest request, ExperimentPlanner planner, IExperiments experiments) =>
            ApiResults.Guard(() => Results.Ok(experiments.Launch(planner.Plan(request)))));

        api.MapGet("/", (IExperiments experiments) => Results.Ok(experiments.List()));

        api.MapGet("/{id}", (string id, IExperiments experiments) => ApiResults.Guard(() => Results.Ok(experiments.Get(id))));

        api.MapPost("/{id}/cancel", (string id, IExperiments experiments) => ApiResults.Guard(() => Results.Ok(experiments.Cancel(id))));

        api.MapGet("/{id}/compare", (string id, string? metric, string? baseline, IExperiments experiments) => ApiResults.Guard(() =>
            Results.Ok(CompareViewBuilder.Build(experiments.Get(id), experiments.Finished(id), metric, baseline))));

        api.MapGet("/{id}/sweep", (string id, string? metric, IExperiments experiments) => ApiResults.Guard(() =>
            Results.Ok(CompareViewBuilder.Sweep(experiments.Finished(id), metric))));
    }
}
