using System.CommandLine;
using System.Text;
using Sandbox.Cli.Input;
using Sandbox.Cli.Output;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Commands;

/// <summary>
/// <c>sandbox compare SCENARIO</c>: the scenario under several levels (or several scenarios) × N replications on
/// common random numbers; summaries with CIs, paired differences from a baseline, headline sentences, charts.
/// </summary>
internal static class CompareCommand
{
    private const int MaxParallel = 256;

    public static Command Create(CliContext context)
    {
        var scenarios = new Argument<string[]>("scenario")
        {
            Description = "A scenario name or file; give several to compare scenarios instead of levels",
            Arity = ArgumentArity.OneOrMore,
        };
        var levels = new Option<string?>("--levels") { Description = "all (default) or a comma list, e.g. co-location,full-integration" };
        var reps = new Option<string?>("--reps") { Description = $"Replications per variant, 1 to {CompareOptions.MaxReplications} (default 10)" };
        var baseline = new Option<string?>("--baseline") { Description = "Variant the others are compared with (default: the first)" };
        var parallel = new Option<string?>("--parallel") { Description = $"Runs at once, 1 to {MaxParallel} (default: cores = {Environment.ProcessorCount}); results do not depend on it" };
        var headline = new Option<string?>("--headline") { Description = "Headline metric (default sustained26Rate; also employmentRate, longTermShare, cumulativeCracks, costPerSustainedJob)" };
        var week = new Option<string?>("--week") { Description = "Week of the headline (default: the final week)" };
        var runs = new Option<bool>("--runs") { Description = "Also write runs.csv, every run's final-week values" };
        var every = new Option<string?>("--every") { Description = "Write every Nth week to summary and differences (always the final week); default 1, all weeks" };
        var flags = new ScenarioFlags();
        var command = new Command("compare", "Compare levels (or scenarios) over replications with paired differences and plain-language headlines")
        {
            scenarios, levels, reps, baseline, parallel, headline, week, runs, every,
        };
        flags.AddTo(command);
        command.SetAction(parse => Execute(context, new Request(
            parse.GetValue(scenarios)!, parse.GetValue(levels), parse.GetValue(reps), parse.GetValue(baseline), parse.GetValue(parallel),
            parse.GetValue(headline), parse.GetValue(week), parse.GetValue(runs), parse.GetValue(every), flags.Overrides(parse), flags.OutputFormat(parse),
            flags.OutDirectory(parse, "compare-" + parse.GetValue(scenarios)![0].Replace(".json", "", StringComparison.OrdinalIgnoreCase)))));
        return command;
    }

    private sealed record Request(string[] Scenarios, string? Levels, string? Reps, string? Baseline, string? Parallel,
        string? Headline, string? Week, bool Runs, string? Every, ScenarioOverrides Overrides, OutputFormat Format, string Out);

    private static int Execute(CliContext context, Request request)
    {
        int reps = Flags.Int("--reps", request.Reps, 10, 1, CompareOptions.MaxReplications);
        int parallel = Flags.Int("--parallel", request.Parallel, Environment.ProcessorCount, 1, MaxParallel);
        var (baseScenario, variants) = Variants(request);
        int baseline = BaselineIndex(request.Baseline, variants);
        string metric = HeadlineMetric(request.Headline, variants[baseline]);
        int? week = request.Week is null ? null : Flags.Int("--week", request.Week, 0, 1, baseScenario.Weeks);
        var tableWeeks = CompareAggregation.EveryNthWeek(baseScenario.Weeks, Flags.Int("--every", request.Every, 1, 1, baseScenario.Weeks));

        using var stage = new OutputStage(request.Out);
        string caption = $"{context.CommandLine} · sandbox {CliContext.Version}";
        var options = new CompareOptions { Replications = reps, BaseSeed = baseScenario.Seed, MaxDegreeOfParallelism = parallel };
        IReadOnlyList<Headline> headlines = [];
        var result = ProgressDisplay.Run(context.Console, ctx =>
        {
            var running = ctx.AddTask($"Running {variants.Count} variants × {reps} replications", maxValue: variants.Count * reps);
            var compared = CompareRunner.Run(variants, options, new InlineProgress<CompareProgress>(p => running.Value = p.Completed), context.Cancellation);

            var writing = ctx.AddTask("Summarising and writing tables", maxValue: 6);
            stage.Table(CompareTables.Summary(CompareAggregation.Summaries(compared, weeks: tableWeeks)), "summary", request.Format);
            writing.Increment(1);
            stage.Table(CompareTables.Differences(CompareAggregation.Differences(compared, baseline, weeks: tableWeeks)), "differences", request.Format);
            writing.Increment(1);
            if (request.Runs) stage.Table(RunTables.Finals(compared), "runs", request.Format);
            writing.Increment(1);
            headlines = Headlines.For(compared, baseline, metric, week);
            stage.Text("headlines.txt", HeadlineText(compared, baseline, metric, week));
            writing.Increment(1);
            stage.Text("scenario.json", ScenarioJson.Serialize(baseScenario) + "\n");
            writing.Increment(1);
            stage.Text("reproduce.txt", ReproduceNote.ForCompare(context, compared, baseline, parallel));
            writing.Increment(1);
            ChartFiles.Write(ctx, stage, CompareCharts.All(compared, baseline, headlines.ToArray(), caption));
            return compared;
        });
        stage.Commit();

        var layout = result.LayoutOf(baseline);
        context.Console.Ansi.Write(SummaryTables.Compare(headlines, layout.Columns[layout.IndexOf(metric)]));
        foreach (var h in headlines.Where(h => !h.IsBaseline)) context.Console.Out.WriteLine(h.Sentence);
        context.Console.Out.WriteLine($"Wrote {stage.Files.Count} files to {stage.Directory}");
        return 0;
    }

    /// <summary>One scenario under the chosen levels, or several scenarios as they are; flags apply last to each.</summary>
    private static (Scenario Base, IReadOnlyList<Variant> Variants) Variants(Request request)
    {
        var loaded = request.Scenarios.Select(ScenarioInput.Load).ToArray();
        foreach (var s in loaded) ScenarioInput.Apply(s, request.Overrides);
        if (loaded.Length > 1)
        {
            if (request.Levels is not null)
                throw new CliInputException("--levels", request.Levels, "no --levels when several scenarios are compared (each runs as written)");
            if (loaded.Any(s => s.Weeks != loaded[0].Weeks))
                throw new CliInputException("--weeks", string.Join(",", loaded.Select(s => s.Weeks)), "the same number of weeks in every scenario (set --weeks)");
            return (loaded[0], Variant.ForScenarios(loaded));
        }
        var variants = Variant.ForLevels(loaded[0], Flags.Levels(request.Levels));
        // The level swaps the mechanisms, so flags setting a mechanism are applied again on top of each level.
        foreach (var v in variants) ScenarioInput.Apply(v.Scenario, request.Overrides);
        return (loaded[0], variants);
    }

    private static int BaselineIndex(string? text, IReadOnlyList<Variant> variants)
    {
        if (text is null) return 0;
        string name = IntegrationLevels.TryParse(text, out var level) ? level.Key() : text;
        for (int i = 0; i < variants.Count; i++)
            if (string.Equals(variants[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        throw new CliInputException("--baseline", text, "one of the compared variants: " + string.Join(", ", variants.Select(v => v.Name)));
    }

    private static string HeadlineMetric(string? text, Variant baseline)
    {
        if (text is null) return Headlines.DefaultMetric;
        var layout = new KernelSimulation(baseline.Scenario).Layout;
        if (layout.Contains(text)) return layout.Columns[layout.IndexOf(text)].Metric;
        var systemWide = layout.Columns.Where(c => c.Group == "all" && c.Agency.Length == 0).Select(c => c.Metric);
        throw new CliInputException("--headline", text, "a system-wide metric such as " + string.Join(", ", OutcomePhrases.All.Select(p => p.Metric))
            + " (all: " + string.Join(", ", systemWide) + ")");
    }

    /// <summary>The headline metric with its cost clause first, then one sentence per variant for each other main outcome.</summary>
    private static string HeadlineText(CompareResult result, int baseline, string metric, int? week)
    {
        var sb = new StringBuilder();
        var metrics = new[] { metric }.Concat(OutcomePhrases.All.Select(p => p.Metric).Where(m => m != metric))
            .Where(m => Enumerable.Range(0, result.Variants.Count).All(v => result.LayoutOf(v).Contains(m)));
        bool first = true;
        foreach (var m in metrics)
        {
            foreach (var h in Headlines.For(result, baseline, m, week, first && m != Headlines.DefaultCompanion ? Headlines.DefaultCompanion : null))
                sb.AppendLine(h.Sentence);
            sb.AppendLine();
            first = false;
        }
        return sb.ToString();
    }
}
