using Sandbox.Dashboard.Scenarios;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Api;

/// <summary>
/// The scenario editor's API: the library, one scenario with its parameters, validation of an edited scenario,
/// the scenario file to save, and the shelf of scenarios saved for comparing.
/// </summary>
internal static class ScenarioEndpoints
{
    public static void MapScenarioEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/scenarios");

        api.MapGet("/", (ScenarioShelf shelf) => Results.Ok(new
        {
            library = ScenarioResolver.LibraryNames().Select(n => new { name = n, title = TitleOf(n) }),
            saved = shelf.Names,
            levels = IntegrationLevels.All.Select(l => new { key = l.Key(), title = l.Title() }),
        }));

        api.MapGet("/{**name}", (string name, ScenarioResolver resolver) =>
            ApiResults.Guard(() => Results.Ok(ScenarioDocument.Of(resolver.Resolve(new ScenarioRequest { Base = name })))));

        // Validates an edited scenario and returns it as the editor should now show it.
        api.MapPost("/resolve", (ScenarioRequest request, ScenarioResolver resolver) =>
            ApiResults.Guard(() => Results.Ok(ScenarioDocument.Of(resolver.Resolve(request)))));

        // The scenario file, as a download the user keeps and can upload again.
        api.MapPost("/file", (ScenarioRequest request, ScenarioResolver resolver) => ApiResults.Guard(() =>
        {
            var scenario = resolver.Resolve(request);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(ScenarioJson.Serialize(scenario)), "application/json", Exports.FileNames.Of(scenario.Name) + ".json");
        }));

        api.MapPost("/saved", (ScenarioRequest request, ScenarioResolver resolver, ScenarioShelf shelf) => ApiResults.Guard(() =>
        {
            var scenario = resolver.Resolve(request);
            shelf.Save(scenario);
            return Results.Ok(new { saved = shelf.Names });
        }));

        api.MapDelete("/saved/{name}", (string name, ScenarioShelf shelf) =>
            shelf.Remove(name) ? Results.Ok(new { saved = shelf.Names }) : Results.NotFound(ApiError.NotFound("saved scenario", name)));
    }

    /// <summary>"cases/france-joint-diagnosis" → "France joint diagnosis".</summary>
    private static string TitleOf(string name)
    {
        string tail = name[(name.LastIndexOf('/') + 1)..].Replace('-', ' ');
        return char.ToUpperInvariant(tail[0]) + tail[1..];
    }
}
