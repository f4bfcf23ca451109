using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Sandbox.Dashboard.Experiments.Research;
using Sandbox.Dashboard.Hosting;
using Sandbox.Reporting;
using Sandbox.Reporting.Experiments;
using Sandbox.Reporting.Report;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments.Reports;

/// <summary>
/// Every finished experiment as the CLI would have left it on disk: tables (CSV), charts (PNG and SVG), the
/// resolved scenario, headlines, reproduce note and experiment.json. The report ("Download report") is the CLI's
/// <see cref="ReportBuilder"/> over that folder, and the folder zipped is the experiment's reproduction bundle.
/// Folders are written once per experiment, on first request, under the temp directory (charts take seconds).
/// </summary>
public sealed class ExperimentFolders(IExperiments experiments, ResearchExperiments research) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"sandbox-dashboard-{Environment.ProcessId}-{Guid.NewGuid():N}"[..48]);
    private readonly ConcurrentDictionary<string, Lazy<Task<ExperimentFolder>>> _folders = new(StringComparer.Ordinal);

    /// <summary>A finished experiment's artefacts: a researcher's kind as it ran, a compare or one-setting sweep as curves.</summary>
    public async Task<ResearchResult> ResultAsync(string id)
    {
        if (research.Owns(id)) return research.Finished(id);
        var info = await experiments.GetAsync(id);
        var outcome = await experiments.FinishedAsync(id);
        return CompareResults.Of(info, outcome);
    }

    public Task<ExperimentFolder> FolderAsync(string id) =>
        _folders.GetOrAdd(id, key => new Lazy<Task<ExperimentFolder>>(() => Task.Run(async () => Write(key, await ResultAsync(key))))).Value;

    /// <summary>report.html, self-contained.</summary>
    public async Task<byte[]> HtmlReportAsync(string id)
    {
        var folder = await FolderAsync(id);
        return Encoding.UTF8.GetBytes(HtmlReport.Write(ReportBuilder.Build(folder), folder));
    }

    /// <summary>A zip of report.md beside the PNG and SVG charts it links.</summary>
    public async Task<byte[]> MarkdownReportAsync(string id)
    {
        var folder = await FolderAsync(id);
        string markdown = MarkdownReport.Write(ReportBuilder.Build(folder), folder, folder.PathOf("report.md"));
        var charts = folder.Present(Sandbox.Sim.Experiments.ManifestRole.Chart)
            .SelectMany(c => new[] { c.Name + ".png", c.Name + ".svg" }).Where(n => File.Exists(folder.PathOf(n)));
        var tables = folder.Present(Sandbox.Sim.Experiments.ManifestRole.Table).Select(t => t.Name);
        return Zip(folder, charts.Concat(tables), ("report.md", markdown));
    }

    /// <summary>The whole folder: manifest, scenario, reproduce note, tables, charts and the HTML report.</summary>
    public async Task<byte[]> BundleAsync(string id)
    {
        var folder = await FolderAsync(id);
        var files = Directory.EnumerateFiles(folder.Directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
        return Zip(folder, files, ("report.html", HtmlReport.Write(ReportBuilder.Build(folder), folder)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private ExperimentFolder Write(string id, ResearchResult r)
    {
        string dir = Path.Combine(_root, id);
        Directory.CreateDirectory(dir);
        var files = new List<ManifestFile>();
        foreach (var t in r.Artefacts.Tables)
        {
            TableExport.Write(t.Table, Path.Combine(dir, t.Name + ".csv"));
            files.Add(new ManifestFile(t.Name + ".csv", ManifestRole.Table, t.Title, t.Note));
        }
        foreach (var (name, chart) in r.Artefacts.Charts)
        {
            ChartRenderer.Save(chart, Path.Combine(dir, name + ".png"));
            ChartRenderer.Save(chart, Path.Combine(dir, name + ".svg"));
            files.Add(new ManifestFile(name, ManifestRole.Chart, chart.Title, chart.Subtitle ?? ""));
        }
        var scenario = r.Scenario.Clone();
        scenario.Seed = r.BaseSeed;
        File.WriteAllText(Path.Combine(dir, "scenario.json"), ScenarioJson.Serialize(scenario) + "\n");
        if (r.Artefacts.Headlines.Count > 0)
        {
            File.WriteAllText(Path.Combine(dir, "headlines.txt"), string.Join("\n", r.Artefacts.Headlines) + "\n");
            files.Add(new ManifestFile("headlines.txt", ManifestRole.Text, "Headlines"));
        }
        File.WriteAllText(Path.Combine(dir, "reproduce.txt"), Reproduce(r));
        var manifest = new ExperimentManifest
        {
            Kind = r.Kind,
            Title = r.Artefacts.Title,
            Scenario = r.Scenario.Name,
            BaseSeed = r.BaseSeed,
            Seeds = r.Seeds,
            Version = AppVersion.Text,
            Command = r.Command,
            Method = r.Artefacts.Method,
            Headlines = r.Artefacts.Headlines,
            Files = files,
            Fingerprint = r.Fingerprint,
        };
        File.WriteAllText(Path.Combine(dir, ExperimentManifest.FileName), manifest.ToJson());
        return ExperimentFolder.Open(dir);
    }

    private static string Reproduce(ResearchResult r) => $"""
        Reproduce this experiment - employment services integration sandbox {AppVersion.Text}

        Launched from the dashboard. In this folder (scenario.json is the resolved scenario; its seed is the base seed {r.BaseSeed}):

            {r.Command}

        The model is deterministic: the same scenario and seeds give the same numbers on any machine, whatever
        the number of runs in parallel. experiment.json lists every seed and file.

        """;

    private static byte[] Zip(ExperimentFolder folder, IEnumerable<string> files, (string Name, string Text) extra)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in files.Distinct(StringComparer.Ordinal))
                zip.CreateEntryFromFile(folder.PathOf(name), name, CompressionLevel.Optimal);
            using var writer = new StreamWriter(zip.CreateEntry(extra.Name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write(extra.Text);
        }
        return buffer.ToArray();
    }
}
