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
            ApiResults.Guard(async () => Results.Ok(await experiments.LaunchAsync(planner.Plan(request)))));

        api.MapGet("/", async (IExperiments experiments) => Results.Ok(await experiments.ListAsync()));

        api.MapGet("/{id}", (string id, IExperiments experiments) => ApiResults.Guard(async () => Results.Ok(await experiments.GetAsync(id))));

        api.MapPost("/{id}/cancel", (string id, IExperiments experiments) => ApiResults.Guard(async () => Results.Ok(await experiments.CancelAsync(id))));

        api.MapGet("/{id}/compare", (string id, string? metric, string? baseline, IExperiments experiments) => ApiResults.Guard(async () =>
            Results.Ok(CompareViewBuilder.Build(await experiments.GetAsync(id), await experiments.FinishedAsync(id), metric, baseline))));

        api.MapGet("/{id}/sweep", (string id, string? metric, IExperiments experiments) => ApiResults.Guard(async () =>
            Results.Ok(CompareViewBuilder.Sweep(await experiments.FinishedAsync(id), metric))));
    }
}
