using Sandbox.Dashboard.Compare;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Experiments.Research;

namespace Sandbox.Dashboard.Api;

/// <summary>Launch, list, follow and cancel experiments of every kind; their results feed the compare and experiments pages.</summary>
internal static class ExperimentEndpoints
{
    public static void MapExperimentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/experiments");

        api.MapPost("/", (ExperimentRequest request, ExperimentPlanner planner, ResearchPlanner researchPlanner, ResearchExperiments research, IExperiments experiments) =>
            ApiResults.Guard(async () => Results.Ok(ResearchPlanner.Handles(request.Kind)
                ? research.Launch(researchPlanner.Plan(request))
                : await experiments.LaunchAsync(planner.Plan(request)))));

        api.MapGet("/", async (IExperiments experiments) => Results.Ok(await experiments.ListAsync()));

        api.MapGet("/{id}", (string id, IExperiments experiments) => ApiResults.Guard(async () => Results.Ok(await experiments.GetAsync(id))));

        api.MapPost("/{id}/cancel", (string id, IExperiments experiments) => ApiResults.Guard(async () => Results.Ok(await experiments.CancelAsync(id))));

        api.MapGet("/{id}/compare", (string id, string? metric, string? baseline, IExperiments experiments) => ApiResults.Guard(async () =>
            Results.Ok(CompareViewBuilder.Build(await experiments.GetAsync(id), await experiments.FinishedAsync(id), metric, baseline))));

        api.MapGet("/{id}/sweep", (string id, string? metric, IExperiments experiments) => ApiResults.Guard(async () =>
            Results.Ok(CompareViewBuilder.Sweep(await experiments.FinishedAsync(id), metric))));
    }
}
