using Microsoft.Extensions.Options;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Experiments.Reports;
using Sandbox.Dashboard.Experiments.Research;
using Sandbox.Dashboard.Exports;
using Sandbox.Dashboard.Hosting;
using Sandbox.Dashboard.Journeys;
using Sandbox.Dashboard.Live;
using Sandbox.Reporting;
using Sandbox.Sim.Engine;

namespace Sandbox.Dashboard.Api;

/// <summary>
/// Downloads of shown data: /api/export/{csv|parquet|png|svg|bundle}?source=run|experiment&amp;id=…&amp;chart=…
/// (&amp;metric=…&amp;baseline=… for experiments), and /api/bundles/replay to re-create a chart from a bundle.
/// </summary>
internal static class ExportEndpoints
{
    private static readonly string[] Formats = ["csv", "parquet", "png", "svg", "bundle"];

    public static void MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export/{format}", (string format, string? source, string? id, string? chart, string? metric, string? baseline,
            ILiveRuns runs, IExperiments experiments, ResearchExperiments research, ExperimentFolders folders) => ApiResults.Guard(async () =>
        {
            CheckFormat(format);
            var query = new ExportQuery(source!, id!, chart!, metric, baseline);
            query.Validate();
            if (query.Source == "run")
            {
                var material = await RunMaterialOf(query, runs);
                var data = RunExports.Build(material, query.Chart);
                return format == "bundle" ? Bundle(ReproductionBundle.ForRun(query, material), data) : File(data, format);
            }
            // A researcher's experiment has only its named tables and charts (one may be called "sweep" like a compare view).
            if (!query.IsCompareView || research.Owns(query.Id))
                return format == "bundle" ? Results.File(await folders.BundleAsync(query.Id), "application/zip", $"experiment-{query.Id}-bundle.zip")
                    : File(ArtefactExports.Find(await folders.ResultAsync(query.Id), query.Chart), format);
            var outcome = await experiments.FinishedAsync(query.Id);
            var exported = ExperimentExports.Build(await experiments.GetAsync(query.Id), outcome, query);
            return format == "bundle" ? Bundle(ReproductionBundle.ForExperiment(query, outcome), exported) : File(exported, format);
        }));

        app.MapPost("/api/bundles/replay", (HttpRequest request, string? format, IOptions<DashboardOptions> options, CancellationToken ct) => ApiResults.Guard(async () =>
        {
            format ??= "csv";
            CheckFormat(format);
            if (format == "bundle") throw new ApiErrorException(ApiError.Invalid("format", format, "csv, parquet, png or svg"));
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, ct);
            if (body.Length > ReproductionBundle.MaxBundleBytes)
                throw new ApiErrorException(ApiError.Invalid("bundle", $"{body.Length} bytes", $"at most {ReproductionBundle.MaxBundleBytes} bytes"));
            var manifest = ReproductionBundle.Read(body.ToArray());
            return File(await ReproductionBundle.Replay(manifest, options.Value, ct), format);
        })).DisableAntiforgery();
    }

    private static async Task<RunMaterial> RunMaterialOf(ExportQuery query, ILiveRuns runs)
    {
        var data = await runs.DataAsync(query.Id);
        if (data.WeeksDone == 0) throw new ApiErrorException(ApiError.Invalid("run", query.Id, "a run that has completed at least one week"));
        JourneyFlows? flows = null;
        if (query.Chart == "flows")
        {
            var p = new ModelParameters(data.Scenario);
            flows = JourneyFlows.Build(await runs.ClientsAsync(query.Id), p);
        }
        return new RunMaterial(data.Scenario, data.Result, data.WeeksDone, flows);
    }

    private static void CheckFormat(string format)
    {
        if (!Formats.Contains(format)) throw new ApiErrorException(ApiError.Invalid("format", format, string.Join(", ", Formats)));
    }

    private static IResult File(ExportData data, string format)
    {
        switch (format)
        {
            case "csv":
                return Results.File(System.Text.Encoding.UTF8.GetBytes(CsvTableWriter.ToCsv(data.Table)), "text/csv", data.FileStem + ".csv");
            case "parquet":
                using (var buffer = new MemoryStream())
                {
                    ParquetTableWriter.Write(data.Table, buffer);
                    return Results.File(buffer.ToArray(), "application/vnd.apache.parquet", data.FileStem + ".parquet");
                }
        }
        var chart = data.Chart ?? throw new ApiErrorException(ApiError.Invalid("format", format, "csv or parquet (this data is a table, not a chart)"));
        return format == "png"
            ? Results.File(ChartRenderer.RenderPng(chart), "image/png", data.FileStem + ".png")
            : Results.File(System.Text.Encoding.UTF8.GetBytes(ChartRenderer.RenderSvg(chart)), "image/svg+xml", data.FileStem + ".svg");
    }

    private static IResult Bundle(BundleManifest manifest, ExportData data) =>
        Results.File(ReproductionBundle.Zip(manifest, data), "application/zip", $"{data.FileStem}-bundle.zip");
}
