using Sandbox.Dashboard.Equity;
using Sandbox.Dashboard.Journeys;
using Sandbox.Dashboard.Live;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Api;

/// <summary>
/// Read-only views of live runs: list, snapshot, equity by group, the Sankey of client flows, a client's
/// timeline and their twin under another level. Control goes through the hub, where rights are checked.
/// </summary>
internal static class RunEndpoints
{
    public static void MapRunEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/runs");

        api.MapGet("/", async (ILiveRuns runs) => Results.Ok(await runs.ListAsync()));

        api.MapGet("/{runId}", (string runId, ILiveRuns runs) =>
            ApiResults.Guard(async () => Results.Ok(await runs.SnapshotAsync(runId))));

        api.MapGet("/{runId}/equity", (string runId, ILiveRuns runs) => ApiResults.Guard(async () =>
        {
            var data = await runs.DataAsync(runId);
            return Results.Ok(new { run = data.Run, week = data.WeeksDone, rows = EquityTable.At(data.Result, data.WeeksDone - 1) });
        }));

        api.MapGet("/{runId}/flows", (string runId, ILiveRuns runs) => ApiResults.Guard(async () =>
        {
            var data = await runs.DataAsync(runId);
            var p = new ModelParameters(data.Scenario);
            return Results.Ok(JourneyFlows.Build(await runs.ClientsAsync(runId), p));
        }));

        api.MapGet("/{runId}/clients/{client:int}", (string runId, int client, ILiveRuns runs) => ApiResults.Guard(async () =>
        {
            var data = await runs.DataAsync(runId);
            var p = new ModelParameters(data.Scenario);
            string level = data.Scenario.Level?.Title() ?? "Custom mechanisms";
            return Results.Ok(ClientTimeline.Of(await runs.ClientAsync(runId, client), p, level));
        }));

        api.MapGet("/{runId}/clients/{client:int}/twin", (string runId, int client, string? level, ILiveRuns runs) => ApiResults.Guard(async () =>
        {
            if (!IntegrationLevels.TryParse(level ?? "", out var twinLevel))
                throw new ApiErrorException(ApiError.Invalid("level", level ?? "(missing)", string.Join(", ", IntegrationLevels.All.Select(l => l.Key()))));
            var data = await runs.DataAsync(runId);
            return Results.Ok(ClientTwin.Replay(data.Scenario, twinLevel, client, data.WeeksDone));
        }));
    }
}
