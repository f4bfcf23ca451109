using System.Text;
using Sandbox.Dashboard.About;
using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Reports;

namespace Sandbox.Dashboard.Api;

/// <summary>The About page: the model's assumptions and limits, and the validation table (run here, on demand).</summary>
internal static class AboutEndpoints
{
    public static void MapAboutEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/about");

        // Assumptions and known limits in plain language (scenarios/validation/ABOUT.md), as HTML.
        api.MapGet("/", () => Results.Ok(new { html = PlainMarkdown.ToHtml(FactLibrary.About()) }));

        api.MapGet("/validation", (ValidationRuns runs) => Results.Ok(runs.Current(startIfNone: true)));

        api.MapPost("/validation", (string? mode, ValidationRuns runs) => ApiResults.Guard(() => Results.Ok(runs.Start(mode))));

        api.MapGet("/validation.html", (ValidationRuns runs) => runs.Report is { } report
            ? Results.File(Encoding.UTF8.GetBytes(ValidationHtml.Render(report)), "text/html; charset=utf-8", "validation.html")
            : Results.NotFound(ApiError.NotFound("validation report", "latest")));
    }
}
