using System.CommandLine;
using System.Globalization;
using Sandbox.Cli.Input;
using Sandbox.Cli.Output;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Commands;

/// <summary>
/// <c>sandbox decompose SCENARIO</c>: which component of integration matters. The cumulative path from one level
/// to another one setting at a time, Shapley values of the components, their outcome and cost shares (which sum
/// to the total difference), and cost shifting between agencies.
/// </summary>
internal static class DecomposeCommand
{
    private static readonly string[] DefaultOutputs = ["sustained26Rate", "cumulativeServiceCost", "cumulativeCracks", "cumulativeCost"];

    public static Command Create(CliContext context)
    {
        var scenarioArg = new Argument<string>("scenario") { Description = "A scenario name (see 'sandbox scenarios') or a scenario file" };
        var from = new Option<string?>("--from") { Description = "Level the decomposition starts from (default co-location)" };
        var to = new Option<string?>("--to") { Description = "Level it ends at (default full-integration)" };
        var components = new Option<string?>("--components") { Description = "grouped (six components, 64 coalitions; default) or settings (each setting its own component)" };
        var shapley = new Option<string?>("--shapley") { Description = "exact (every coalition; default) or orders=N (N sampled orders with their reverses, N even)" };
        var orderSeed = new Option<string?>("--order-seed") { Description = "Seed of sampled orders (default 1)" };
        var outputs = new Option<string?>("--outputs") { Description = "Outputs to decompose, comma-separated (default: " + string.Join(",", DefaultOutputs) + ")" };
        var experiment = new ExperimentFlags(defaultReps: 5);
        var flags = new ScenarioFlags();
        var command = new Command("decompose", "Which mechanism matters: step-by-step path and Shapley values of outcome and cost, and who pays or saves")
        {
            scenarioArg, from, to, components, shapley, orderSeed, outputs,
        };
        flags.AddTo(command);
        command.Options.Add(experiment.Reps);
        command.Options.Add(experiment.Parallel);
        command.Options.Add(experiment.Resume);
        command.SetAction(parse =>
        {
            var overrides = flags.Overrides(parse);
            var scenario = ScenarioInput.Load(parse.GetValue(scenarioArg)!);
            ScenarioInput.Apply(scenario, overrides);
            var fromLevel = parse.GetValue(from) is { } f ? Flags.Level("--from", f) : scenario.Level ?? IntegrationLevel.CoLocation;
            var toLevel = parse.GetValue(to) is { } t ? Flags.Level("--to", t) : IntegrationLevel.FullIntegration;
            if (fromLevel == toLevel) throw new CliInputException("--to", toLevel.Key(), "a level other than --from (" + fromLevel.Key() + ")");
            var options = Options(parse.GetValue(components), parse.GetValue(shapley), Flags.Int("--order-seed", parse.GetValue(orderSeed), 1, 0, int.MaxValue));
            DecompositionPlan plan;
            try
            {
                plan = DecompositionPlan.Create(scenario, End(scenario, fromLevel, overrides), End(scenario, toLevel, overrides), options,
                    experiment.Replications(parse), scenario.Seed);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new CliInputException("--shapley", parse.GetValue(shapley) ?? "exact", e.Message.Split(" (Parameter")[0]);
            }
            var names = ExperimentInput.Outputs(RunOutputs.For(scenario), parse.GetValue(outputs), DefaultOutputs);
            return Execute(context, parse, scenario, plan, names, experiment, flags.OutputFormat(parse), flags.OutDirectory(parse, "decompose-" + scenario.Name));
        });
        return command;
    }

    /// <summary>A level's mechanisms with the flags' mechanism settings applied on top, as compare applies them to each level.</summary>
    private static (string, Mechanisms) End(Scenario scenario, IntegrationLevel level, ScenarioOverrides overrides)
    {
        var s = scenario.WithLevel(level);
        ScenarioInput.Apply(s, overrides);
        return (Variant.LabelOf(level), s.Mechanisms);
    }

    private static DecompositionOptions Options(string? components, string? shapley, int seed)
    {
        var grouping = (components ?? "grouped").ToLowerInvariant() switch
        {
            "grouped" => MechanismComponents.Grouped,
            "settings" => [],
            _ => throw new CliInputException("--components", components!, "grouped or settings"),
        };
        string method = (shapley ?? "exact").ToLowerInvariant();
        if (method == "exact") return new DecompositionOptions { Grouping = grouping, OrderSeed = (ulong)seed };
        if (method.StartsWith("orders=", StringComparison.Ordinal)
            && int.TryParse(method["orders=".Length..], NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= 2 && n <= 10_000 && n % 2 == 0)
            return new DecompositionOptions { Grouping = grouping, Method = ShapleyMethod.SampledOrders, Orders = n, OrderSeed = (ulong)seed };
        throw new CliInputException("--shapley", shapley!, "exact, or orders=N with N an even number from 2 to 10000");
    }

    private static int Execute(CliContext context, ParseResult parse, Scenario scenario, DecompositionPlan plan, IReadOnlyList<string> names,
        ExperimentFlags experiment, OutputFormat format, string outDirectory)
    {
        using var session = new ExperimentSession(context, "decompose", outDirectory, format);
        string fingerprint = plan.Plan.Fingerprint(session.Kind, CliContext.Version);
        var options = session.RunOptions(fingerprint, parse.GetValue(experiment.Resume), experiment.Parallelism(parse));
        var headlines = new List<string>();
        ProgressDisplay.Run(context.Console, ctx =>
        {
            var progress = RunProgress.Task(ctx, $"Running {plan.Plan.Points.Count} coalitions × {plan.Plan.Replications} replications", plan.Plan.RunCount);
            var outputs = PlanRunner.Run(plan.Plan, options, progress, context.Cancellation);
            var totals = names.Select(n => Decomposition.Total(plan, outputs, n)).ToArray();
            var path = names.SelectMany(n => Decomposition.Path(plan, outputs, n)).ToArray();
            var values = names.SelectMany(n => Decomposition.Shapley(plan, outputs, n)).ToArray();
            var shift = CostShift.Between(outputs, plan.PointOf(0), plan.PointOf(plan.FullMask));

            session.Table(DecompositionTables.Totals(totals), "totals", $"{Capitalise(plan.ToLabel)} minus {plan.FromLabel}", "The total each decomposition shares out (paired over replications).");
            session.Table(DecompositionTables.Path(path), "path", "Cumulative path", "Settings moved one at a time in the documented order; contributions add up to the total.");
            session.Table(DecompositionTables.Shapley(values), "shapley", "Shapley values", "Each component's contribution averaged over orders; values add up to the total.");
            session.Table(DecompositionTables.CostShift(shift), "cost-shift", "Cost shifting", "Each agency's spending over the run by category at both ends; 'all' rows are totals.");
            session.Table(ExperimentTables.Points(plan.Plan), "points", "Coalitions", "m… names the settings moved, as a bit mask over the path order.");
            session.Table(ExperimentTables.Runs(outputs, names), "runs", "Every run", "One row per run and output, with the replication's seed.");

            foreach (var total in totals) headlines.Add(Sentence(plan, total, values.Where(v => v.Output == total.Output).ToArray(), outputs.Outputs.UnitOf(total.Output)));
            headlines.AddRange(CostShift.Sentences(shift, plan.FromLabel, plan.ToLabel));
            var charts = names.SelectMany(n => DecompositionCharts.For(plan, n, outputs.Outputs.UnitOf(n), path.Where(p => p.Output == n).ToArray(),
                values.Where(v => v.Output == n).ToArray(), session.Caption)).Append(DecompositionCharts.CostShift(plan, shift, session.Caption)).ToArray();
            session.Charts(ctx, charts);
            return 0;
        });
        session.Commit(parse, scenario, $"Decomposition of {plan.ToLabel} against {plan.FromLabel} ({scenario.Name})", plan.Method(), headlines,
            plan.Plan.BaseSeed, plan.Plan.Seeds, fingerprint);
        foreach (var h in headlines) context.Console.Out.WriteLine(h);
        context.Console.Out.WriteLine($"Wrote {session.Stage.Files.Count} files to {session.Stage.Directory}");
        return 0;
    }

    /// <summary>"Full integration changes clients in sustained work by +4.1 pp (95% CI …) against co-location; by Shapley value, X accounts for 38%, …".</summary>
    private static string Sentence(DecompositionPlan plan, DecompositionTotal total, IReadOnlyList<ShapleyValue> values, string unit)
    {
        var d = total.Difference;
        string ci = double.IsFinite(d.HalfWidth) ? $" (95% CI {HeadlineNumbers.SignedRange(d.Lower, d.Upper, unit, DifferenceScale.Absolute)})" : "";
        string head = $"{Capitalise(plan.ToLabel)} changes {MetricTitles.Topic(total.Output)} by {HeadlineNumbers.Signed(d.Mean, unit, DifferenceScale.Absolute)}{ci} against {plan.FromLabel}";
        string note = " " + ConfidenceNotes.For(SweepAnalysis.BaseMetric(total.Output), total.ProbabilityGreater, plan.ToLabel, plan.FromLabel, MetricTitles.Topic(total.Output));
        if (d.Mean == 0 || double.IsNaN(d.Mean)) return head + "; there is no difference to share out." + note;
        var ranked = values.OrderByDescending(v => Math.Abs(v.Value.Mean)).Take(3)
            .Select(v => $"{v.Component.Name} {(100 * v.Share).ToString("0", CultureInfo.InvariantCulture)}%");
        return head + "; by Shapley value the largest shares are " + string.Join(", ", ranked) + " (shares of the total; a negative share works against it)." + note;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
