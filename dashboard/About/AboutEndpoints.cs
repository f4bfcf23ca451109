using Sandbox.Dashboard.Api;

namespace Sandbox.Dashboard.About;

/// <summary>
/// GET /api/about (assumptions, limits, sources, last validation table and run state), POST /api/about/validation?quick=
/// to start a run in the background, POST /api/about/validation/cancel, and GET /api/about/validation.html (the report page).
/// </summary>
internal static class AboutEndpoints
{
    public static void MapAboutEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/about", (ValidationRuns runs) => Results.Ok(AboutView.Of(runs)));
        app.MapGet("/api/about/validation", (ValidationRuns runs) => Results.Ok(runs.Status));
        app.MapPost("/api/about/validation", (bool? quick, ValidationRuns runs) => Results.Ok(runs.Start(quick ?? true)));
        app.MapPost("/api/about/validation/cancel", (ValidationRuns runs) => Results.Ok(runs.Cancel()));
        app.MapGet("/api/about/validation.html", (ValidationRuns runs) => runs.Last is { } last
            ? Results.File(System.Text.Encoding.UTF8.GetBytes(Sandbox.Sim.Validation.Reports.ValidationHtml.Render(last)), "text/html; charset=utf-8", "validation.html")
            : Results.NotFound(ApiError.NotFound("validation report", "(none yet: run the validation first)")));
    }
}
