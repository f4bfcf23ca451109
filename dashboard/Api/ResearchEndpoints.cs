using Sandbox.Dashboard.Experiments.Reports;

namespace Sandbox.Dashboard.Api;

/// <summary>
/// Results and reports of any finished experiment: /api/experiments/{id}/results (headlines, method, charts, tables)
/// and /api/experiments/{id}/report?format=html|markdown, built by the CLI's report builder over the experiment's folder.
/// </summary>
internal static class ResearchEndpoints
{
    public static void MapResearchEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/experiments");

        api.MapGet("/{id}/results", (string id, ExperimentFolders folders) => ApiResults.Guard(async () =>
            Results.Ok(ResultsView.Of(id, await folders.ResultAsync(id)))));

        api.MapGet("/{id}/report", (string id, string? format, ExperimentFolders folders) => ApiResults.Guard(async () => (format ?? "html") switch
        {
            "html" => Results.File(await folders.HtmlReportAsync(id), "text/html; charset=utf-8", $"report-{id}.html"),
            "markdown" => Results.File(await folders.MarkdownReportAsync(id), "application/zip", $"report-{id}-markdown.zip"),
            var other => throw new ApiErrorException(ApiError.Invalid("format", other, "html or markdown")),
        }));
    }
}
