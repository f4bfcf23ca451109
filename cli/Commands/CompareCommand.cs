using System.CommandLine;
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
        var precision = new Option<string[]>("--precision")
        {
            Description = "Add replications until this output's 95% CI half-width is met in every variant: metric=halfwidth or metric=percent% (repeatable); --reps is then the cap",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var minReps = new Option<string?>("--min-reps") { Description = "With --precision: never stop before this many replications, 2 to 1000 (default 5)" };
        var flags = new ScenarioFlags();
        var command = new Command("compare", "Compare levels (or scenarios) over replications with paired differences and plain-language headlines")
        {
            scenarios, levels, reps, baseline, parallel, headline, week, runs, every, precision, minReps,
        };
        flags.AddTo(command);
        command.SetAction(parse => Execute(context, new Request(
            parse.GetValue(scenarios)!, parse.GetValue(levels), parse.GetValue(reps), parse.GetValue(baseline), parse.GetValue(parallel),
            parse.GetValue(headline), parse.GetValue(week), parse.GetValue(runs), parse.GetValue(every), parse.GetValue(precision) ?? [], parse.GetValue(minReps),
            flags.Overrides(parse), flags.OutputFormat(parse),
            flags.OutDirectory(parse, "compare-" + parse.GetValue(scenarios)![0].Replace(".json", "", StringComparison.OrdinalIgnoreCase))), parse));
        return command;
    }

    private sealed record Request(string[] Scenarios, string? Levels, string? Reps, string? Baseline, string? Parallel,
        string? Headline, string? Week, bool Runs, string? Every, string[] Precision, string? MinReps, ScenarioOverrides Overrides, OutputFormat Format, string Out);

    private static int Execute(CliContext context, Request request, ParseResult parse)
    {
        int reps = Flags.Int("--reps", request.Reps, 10, 1, CompareOptions.MaxReplications);
        int parallel = Flags.Int("--parallel", request.Parallel, Environment.ProcessorCount, 1, MaxParallel);
        var (baseScenario, variants) = Variants(request);
        int baseline = BaselineIndex(request.Baseline, variants);
        string metric = HeadlineMetric(request.Headline, variants[baseline]);
        int? week = request.Week is null ? null : Flags.Int("--week", request.Week, 0, 1, baseScenario.Weeks);
        var tableWeeks = CompareAggregation.EveryNthWeek(baseScenario.Weeks, Flags.Int("--every", request.Every, 1, 1, baseScenario.Weeks));
        var adaptive = Adaptive(request, variants[baseline], reps, baseScenario.Seed, parallel);

        using var session = new ExperimentSession(context, "compare", request.Out, request.Format);
        IReadOnlyList<string> lines = [];
        string method = "";
        var result = ProgressDisplay.Run(context.Console, ctx =>
        {
            CompareResult compared;
            if (adaptive is null)
            {
                var running = ctx.AddTask($"Running {variants.Count} variants × {reps} replications", maxValue: variants.Count * reps);
                compared = CompareRunner.Run(variants, new CompareOptions { Replications = reps, BaseSeed = baseScenario.Seed, MaxDegreeOfParallelism = parallel },
                    new InlineProgress<CompareProgress>(p => running.Value = p.Completed), context.Cancellation);
                method = CurveArtefacts.CompareMethod(compared);
            }
            else
            {
                var running = ctx.AddTask($"Adding replications until precise (at most {reps})", maxValue: 1);
                var done = AdaptiveCompareRunner.Run(variants, adaptive, new InlineProgress<Sim.Analysis.ReplicationProgress>(p =>
                {
                    running.Description = $"Adding replications until precise: {p.Replications} of about {p.EstimatedTotal} (cap {reps})";
                    running.Value = p.Fraction;
                }), context.Cancellation);
                compared = done.Result;
                method = CurveArtefacts.CompareMethod(compared) + " " + done.Method(adaptive);
                if (!done.PrecisionReached) context.Console.Error.WriteLine("warning: the --reps cap was reached before every --precision target was met; see reproduce.txt");
            }
            var built = CurveArtefacts.Build(compared, baseline, metric, week, tableWeeks, Title(variants, baseScenario), method, session.Caption);
            session.Add(ctx, built);
            lines = built.Headlines;
            if (request.Runs) session.Table(RunTables.Finals(compared), "runs", "Every run's final week", "One row per run and metric column, with the replication's seed.");
            return compared;
        });
        var headlines = Headlines.For(result, baseline, metric, week);
        session.Commit(parse, baseScenario, Title(variants, baseScenario), method, lines,
            result.BaseSeed, Enumerable.Range(0, result.ReplicationCount).Select(result.SeedOf).ToArray(),
            new ExperimentPlan(variants, result.ReplicationCount, result.BaseSeed).Fingerprint("compare", CliContext.Version),
            ReproduceNote.ForCompare(context, result, baseline, parallel));

        var layout = result.LayoutOf(baseline);
        context.Console.Ansi.Write(SummaryTables.Compare(headlines, layout.Columns[layout.IndexOf(metric)]));
        foreach (var h in headlines.Where(h => !h.IsBaseline)) context.Console.Out.WriteLine(ConfidenceNotes.WithNote(h, variants[baseline].Label));
        context.Console.Out.WriteLine($"Wrote {session.Stage.Files.Count} files to {session.Stage.Directory}");
        return 0;
    }

    /// <summary>The stopping rule's options when --precision is given (--reps is the cap), else null for a fixed count.</summary>
    private static AdaptiveCompareOptions? Adaptive(Request request, Variant baseline, int cap, long seed, int parallel)
    {
        if (request.Precision.Length == 0)
        {
            if (request.MinReps is not null) throw new CliInputException("--min-reps", request.MinReps, "--min-reps only with --precision");
            return null;
        }
        var outputs = RunOutputs.For(baseline.Scenario);
        var targets = request.Precision.Select(p => ExperimentInput.Precision(outputs, p)).ToArray();
        var twice = targets.GroupBy(t => t.Output).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new CliInputException("--precision", twice.Key, "one target per output");
        int min = Flags.Int("--min-reps", request.MinReps, Math.Min(5, cap), 2, CompareOptions.MaxReplications);
        if (min > cap) throw new CliInputException("--min-reps", min.ToString(System.Globalization.CultureInfo.InvariantCulture), $"at most the cap --reps = {cap}");
        return new AdaptiveCompareOptions { Targets = targets, MinReplications = min, MaxReplications = cap, BaseSeed = seed, MaxDegreeOfParallelism = parallel };
    }

    private static string Title(IReadOnlyList<Variant> variants, Scenario scenario) => $"Compare {string.Join(", ", variants.Select(v => v.Label))} ({scenario.Name})";

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
}
