using System.CommandLine;
using System.CommandLine.Parsing;
using Sandbox.Cli.Input;
using Sandbox.Reporting;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;
using Spectre.Console;

namespace Sandbox.Cli.Output;

/// <summary>
/// What every experiment command does around its own analysis: stage outputs, open OUT/runs for <c>--resume</c>,
/// record each table and chart with a title for the report, and finish with scenario.json, reproduce.txt and the
/// experiment.json manifest before moving everything into place at once.
/// </summary>
public sealed class ExperimentSession : IDisposable
{
    private readonly CliContext _context;
    private readonly OutputFormat _format;
    private readonly List<ManifestFile> _files = [];

    public ExperimentSession(CliContext context, string kind, string outDirectory, OutputFormat format)
    {
        _context = context;
        _format = format;
        Kind = kind;
        Stage = new OutputStage(outDirectory);
    }

    public string Kind { get; }
    public OutputStage Stage { get; }

    /// <summary>The caption every chart carries: the command and the version that made it.</summary>
    public string Caption => $"{_context.CommandLine} · sandbox {CliContext.Version}";

    /// <summary>OUT/runs for this plan; prints how many runs an earlier call left when resuming.</summary>
    public PlanRunOptions RunOptions(string fingerprint, bool resume, int parallel)
    {
        var (store, kept) = RunCache.Open(Stage.Directory, fingerprint, resume);
        if (resume) _context.Console.Out.WriteLine(kept > 0 ? $"Resuming: {kept} runs already finished in {store.Directory}" : "Nothing to resume; starting afresh");
        return new PlanRunOptions { MaxDegreeOfParallelism = parallel, Store = store };
    }

    public void Table(TidyTable table, string name, string title, string note = "")
    {
        Stage.Table(table, name, _format);
        _files.Add(new ManifestFile(name + (_format.HasFlag(OutputFormat.Csv) ? ".csv" : ".parquet"), ManifestRole.Table, title, note));
    }

    public void Charts(ProgressContext ctx, IReadOnlyList<(string Name, ChartSpec Chart)> charts)
    {
        ChartFiles.Write(ctx, Stage, charts);
        foreach (var (name, chart) in charts) _files.Add(new ManifestFile(name, ManifestRole.Chart, chart.Title, chart.Subtitle ?? ""));
    }

    /// <summary>Every table and chart of a shared analysis, in its order.</summary>
    public void Add(ProgressContext ctx, ExperimentArtefacts artefacts)
    {
        foreach (var t in artefacts.Tables) Table(t.Table, t.Name, t.Title, t.Note);
        Charts(ctx, artefacts.Charts);
    }

    public void Text(string name, string text, string title)
    {
        Stage.Text(name, text);
        _files.Add(new ManifestFile(name, ManifestRole.Text, title));
    }

    /// <summary>Writes scenario.json, headlines.txt, reproduce.txt and experiment.json, then moves every file into place.</summary>
    public ExperimentManifest Commit(ParseResult parse, Scenario scenario, string title, string method, IReadOnlyList<string> headlines,
        long baseSeed, IReadOnlyList<long> seeds, string fingerprint, string? reproduce = null)
    {
        Stage.Text("scenario.json", ScenarioJson.Serialize(scenario) + "\n");
        if (headlines.Count > 0) Text("headlines.txt", string.Join(Environment.NewLine, headlines) + Environment.NewLine, "Headlines");
        var manifest = new ExperimentManifest
        {
            Kind = Kind,
            Title = title,
            Scenario = scenario.Name,
            BaseSeed = baseSeed,
            Seeds = seeds,
            Options = OptionsGiven(parse),
            Version = CliContext.Version,
            Command = _context.CommandLine,
            Method = method,
            Headlines = headlines,
            Files = _files,
            Fingerprint = fingerprint,
        };
        Stage.Text("reproduce.txt", reproduce ?? ReproduceNote.ForExperiment(manifest));
        Stage.Text(ExperimentManifest.FileName, manifest.ToJson());
        Stage.Commit();
        return manifest;
    }

    public void Dispose() => Stage.Dispose();

    /// <summary>Every option given on the command line, by name, as typed.</summary>
    private static SortedDictionary<string, string> OptionsGiven(ParseResult parse)
    {
        var options = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in parse.CommandResult.Children.OfType<OptionResult>())
        {
            if (result.Implicit) continue;
            string value = result.Tokens.Count == 0 ? "true" : string.Join(" ", result.Tokens.Select(t => t.Value));
            options[result.Option.Name] = options.TryGetValue(result.Option.Name, out var earlier) ? earlier + " " + value : value;
        }
        foreach (var result in parse.CommandResult.Children.OfType<ArgumentResult>())
            options[result.Argument.Name.ToUpperInvariant()] = string.Join(" ", result.Tokens.Select(t => t.Value));
        return options;
    }
}
