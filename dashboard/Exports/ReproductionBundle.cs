using ExperimentPlan = Sandbox.Dashboard.Experiments.ExperimentPlan;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Hosting;
using Sandbox.Dashboard.Journeys;
using Sandbox.Reporting;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Exports;

/// <summary>A live run as a bundle stores it: the scenario (with its seed) and how many weeks had run.</summary>
public sealed record BundleRun(string ScenarioJson, int Weeks);

/// <summary>An experiment as a bundle stores it: every arm's scenario, replications and the seeds they ran on.</summary>
public sealed record BundleExperiment(string Kind, string Name, IReadOnlyList<BundleArm> Arms, int Replications, long BaseSeed, long[] Seeds,
    string? SweepPath, IReadOnlyList<double>? SweepValues);

public sealed record BundleArm(string Name, string Label, string ScenarioJson);

/// <summary>bundle.json: the app version, which chart, and everything needed to compute it again from nothing.</summary>
public sealed record BundleManifest(string AppVersion, DateTimeOffset CreatedUtc, ExportQuery Query, BundleRun? Run, BundleExperiment? Experiment);

/// <summary>
/// A reproduction bundle (zip): bundle.json, the scenario file(s), the data as CSV, the chart as SVG and a README.
/// <see cref="Replay"/> re-runs the model from bundle.json alone (same scenario, seeds and weeks) and rebuilds the
/// same export, so anyone can check that a chart in a report comes from the model and the settings it claims.
/// </summary>
public static class ReproductionBundle
{
    public const long MaxBundleBytes = 4 * 1024 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static BundleManifest ForRun(ExportQuery query, RunMaterial m) =>
        new(AppVersion.Text, DateTimeOffset.UtcNow, query, new BundleRun(ScenarioJson.Serialize(m.Scenario), m.WeeksDone), null);

    public static BundleManifest ForExperiment(ExportQuery query, ExperimentOutcome o) =>
        new(AppVersion.Text, DateTimeOffset.UtcNow, query, null, new BundleExperiment(o.Plan.Kind, o.Plan.Name,
            o.Plan.Variants.Select(v => new BundleArm(v.Name, v.Label, ScenarioJson.Serialize(v.Scenario))).ToArray(),
            o.Plan.Replications, o.Plan.BaseSeed, o.Seeds.ToArray(), o.Plan.SweepPath, o.Plan.SweepValues));

    public static byte[] Zip(BundleManifest manifest, ExportData data)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "bundle.json", JsonSerializer.Serialize(manifest, Json));
            if (manifest.Run is { } run) Add(zip, "scenario.json", run.ScenarioJson);
            foreach (var arm in manifest.Experiment?.Arms ?? [])
                Add(zip, $"scenarios/{FileNames.Of(arm.Name)}.json", arm.ScenarioJson);
            Add(zip, $"{data.FileStem}.csv", CsvTableWriter.ToCsv(data.Table));
            if (data.Chart is { } chart) Add(zip, $"{data.FileStem}.svg", ChartRenderer.RenderSvg(chart));
            Add(zip, "README.txt", Readme(manifest));
        }
        return buffer.ToArray();
    }

    /// <summary>Reads bundle.json from a bundle zip, or from the manifest JSON itself.</summary>
    public static BundleManifest Read(byte[] bytes)
    {
        if (bytes.Length > MaxBundleBytes) throw new ApiErrorException(ApiError.Invalid("bundle", $"{bytes.Length} bytes", $"at most {MaxBundleBytes} bytes"));
        try
        {
            string json;
            if (bytes.Length > 1 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K')
            {
                using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                var entry = zip.GetEntry("bundle.json") ?? throw new ApiErrorException(ApiError.Invalid("bundle", "no bundle.json", "a reproduction bundle from this dashboard"));
                if (entry.Length > MaxBundleBytes) throw new ApiErrorException(ApiError.Invalid("bundle.json", $"{entry.Length} bytes", $"at most {MaxBundleBytes} bytes"));
                using var reader = new StreamReader(entry.Open());
                json = reader.ReadToEnd();
            }
            else json = Encoding.UTF8.GetString(bytes);
            var manifest = JsonSerializer.Deserialize<BundleManifest>(json, Json) ?? throw new JsonException("empty");
            manifest.Query.Validate();
            if ((manifest.Run is null) == (manifest.Experiment is null))
                throw new ApiErrorException(ApiError.Invalid("bundle", "run and experiment", "exactly one of run or experiment"));
            return manifest;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new ApiErrorException(ApiError.Invalid("bundle", "unreadable", "a reproduction bundle (zip) or its bundle.json: " + e.Message));
        }
    }

    /// <summary>Re-runs what the bundle describes and rebuilds its export.</summary>
    public static async Task<ExportData> Replay(BundleManifest manifest, DashboardOptions limits, CancellationToken cancellationToken)
    {
        if (manifest.Run is { } run)
        {
            var scenario = ScenarioLoader.Parse(run.ScenarioJson);
            Live.LiveRuns.CheckSize(scenario, limits.MaxLiveAgents);
            if (run.Weeks < 1 || run.Weeks > scenario.Weeks)
                throw new ApiErrorException(ApiError.Invalid("run.weeks", run.Weeks.ToString(System.Globalization.CultureInfo.InvariantCulture), $"1 to {scenario.Weeks}"));
            var log = new JourneyLog();
            var sim = new KernelSimulation(scenario, new KernelOptions { Journey = log });
            for (int w = 0; w < run.Weeks; w++) sim.Step();
            var flows = manifest.Query.Chart == "flows" ? JourneyFlows.Build(ClientRecord.AllFromKernel(sim.Jobseekers[..sim.Entered], log), sim.P) : null;
            return RunExports.Build(new RunMaterial(scenario, sim.Result(), sim.Week, flows), manifest.Query.Chart);
        }
        var x = manifest.Experiment!;
        if (x.Arms.Count is < 1 || x.Arms.Count > limits.MaxVariants || x.Replications < 1 || x.Replications > limits.MaxReplications)
            throw new ApiErrorException(ApiError.Invalid("experiment", $"{x.Arms.Count} arms × {x.Replications} runs", $"at most {limits.MaxVariants} arms × {limits.MaxReplications} runs"));
        var arms = x.Arms.Select(a => new Variant(a.Name, a.Label, ScenarioLoader.Parse(a.ScenarioJson))).ToArray();
        foreach (var arm in arms) Live.LiveRuns.CheckSize(arm.Scenario, limits.MaxCompareAgents);
        var plan = new ExperimentPlan(x.Kind, x.Name, arms, x.Replications, x.BaseSeed, x.SweepPath, x.SweepValues);
        var outcome = await ExperimentRunner.RunAsync(plan, cancellationToken: cancellationToken);
        var info = new ExperimentInfo("replay", x.Kind, x.Name, ExperimentStatus.Completed, arms.Length * x.Replications, arms.Length * x.Replications,
            arms.Select(a => a.Display()).ToArray(), x.Replications, x.BaseSeed, "in-process kernel (replay)", DateTimeOffset.UtcNow, 0);
        return ExperimentExports.Build(info, outcome, manifest.Query);
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    private static string Readme(BundleManifest m) => $"""
        Reproduction bundle - employment services integration sandbox {m.AppVersion}
        Created {m.CreatedUtc:u} for chart '{m.Query.Chart}' of a {m.Query.Source}.

        bundle.json   the app version, the chart, and the scenario(s), seeds and weeks that produced it
        *.csv         the data behind the chart, as shown
        *.svg         the chart as drawn on the server
        scenario*     the scenario file(s), loadable in the scenario editor or by the CLI

        To re-create the chart: open the dashboard's Experiments page, "Re-create a chart from a bundle", and
        choose this zip; or POST it to /api/bundles/replay?format=csv (or svg, png, parquet). The model is
        deterministic: the same scenario and seeds give the same numbers on any machine.
        """;
}
