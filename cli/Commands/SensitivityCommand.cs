using System.CommandLine;
using System.Globalization;
using Sandbox.Cli.Input;
using Sandbox.Cli.Output;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Commands;

/// <summary>
/// <c>sandbox sensitivity SCENARIO --param … --method morris|sobol</c>: which parameters drive the chosen outputs.
/// Morris screening or Sobol' indices from model runs on common seeds, plus a one-at-a-time tornado.
/// </summary>
internal static class SensitivityCommand
{
    private static readonly string[] DefaultOutputs = ["sustained26Rate", "cumulativeServiceCost"];

    public static Command Create(CliContext context)
    {
        var scenarioArg = new Argument<string>("scenario") { Description = "A scenario name (see 'sandbox scenarios') or a scenario file" };
        var param = new Option<string[]>("--param")
        {
            Description = "A parameter and its range, path=min:max (add :log for a log scale; enum ends by name); repeatable",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var method = new Option<string?>("--method") { Description = "morris (screening, r(d+1) points; default) or sobol (first and total indices, N(d+2) points)" };
        var trajectories = new Option<string?>("--trajectories") { Description = "Morris trajectories, 2 to 1000 (default 10)" };
        var levels = new Option<string?>("--grid-levels") { Description = "Morris grid levels, an even number from 2 to 20 (default 4)" };
        var baseSize = new Option<string?>("--base") { Description = "Sobol base sample rows, 8 to 100000 (default 128); indices need N in the hundreds or more" };
        var resamples = new Option<string?>("--resamples") { Description = "Sobol bootstrap resamples for the intervals, 10 to 10000 (default 500)" };
        var designSeed = new Option<string?>("--design-seed") { Description = "Seed that draws the design (default 1)" };
        var outputs = new Option<string?>("--outputs") { Description = "Outputs to analyse, comma-separated (default: " + string.Join(",", DefaultOutputs) + ")" };
        var experiment = new ExperimentFlags(defaultReps: 2);
        var flags = new ScenarioFlags();
        var command = new Command("sensitivity", "Morris elementary effects or Sobol' indices of chosen outputs, with tornado and bar charts")
        {
            scenarioArg, param, method, trajectories, levels, baseSize, resamples, designSeed, outputs,
        };
        experiment.AddTo(command);
        flags.AddTo(command);
        command.SetAction(parse =>
        {
            var scenario = experiment.Scenario(parse, parse.GetValue(scenarioArg)!, flags.Overrides(parse));
            var ranges = ExperimentInput.Ranges(scenario, parse.GetValue(param) ?? []);
            ulong seed = (ulong)Flags.Int("--design-seed", parse.GetValue(designSeed), 1, 0, int.MaxValue);
            IExperimentDesign design = (parse.GetValue(method) ?? "morris").ToLowerInvariant() switch
            {
                "morris" => new MorrisDesign(ranges, Flags.Int("--trajectories", parse.GetValue(trajectories), 10, 2, 1000), EvenLevels(parse.GetValue(levels)), seed),
                "sobol" => new SobolDesign(ranges, Flags.Int("--base", parse.GetValue(baseSize), 128, 8, 100_000), seed),
                var other => throw new CliInputException("--method", other, "morris or sobol"),
            };
            var plan = SensitivityPlan.Create(scenario, design, experiment.Replications(parse), scenario.Seed);
            var names = ExperimentInput.Outputs(RunOutputs.For(scenario), parse.GetValue(outputs), DefaultOutputs);
            int boot = Flags.Int("--resamples", parse.GetValue(resamples), 500, 10, 10_000);
            return Execute(context, parse, scenario, plan, names, boot, experiment, flags.OutputFormat(parse), flags.OutDirectory(parse, "sensitivity-" + scenario.Name));
        });
        return command;
    }

    private static int EvenLevels(string? text)
    {
        int p = Flags.Int("--grid-levels", text, 4, 2, 20);
        return p % 2 == 0 ? p : throw new CliInputException("--grid-levels", text!, "an even number from 2 to 20");
    }

    private static int Execute(CliContext context, ParseResult parse, Scenario scenario, SensitivityPlan plan, IReadOnlyList<string> names, int resamples,
        ExperimentFlags experiment, OutputFormat format, string outDirectory)
    {
        using var session = new ExperimentSession(context, "sensitivity", outDirectory, format);
        string fingerprint = plan.Plan.Fingerprint(session.Kind, CliContext.Version);
        var options = session.RunOptions(fingerprint, parse.GetValue(experiment.Resume), experiment.Parallelism(parse));
        var headlines = new List<string>();
        ProgressDisplay.Run(context.Console, ctx =>
        {
            var progress = RunProgress.Task(ctx, $"Running {plan.Plan.Points.Count} points × {plan.Plan.Replications} replications", plan.Plan.RunCount);
            var outputs = PlanRunner.Run(plan.Plan, options, progress, context.Cancellation);
            var morris = new List<(string, MorrisEffect)>();
            var sobol = new List<(string, SobolIndex)>();
            var tornado = new List<(string, TornadoRow)>();
            var charts = new List<(string, Reporting.ChartSpec)>();
            var analysing = ctx.AddTask("Analysing", maxValue: names.Count);
            foreach (var name in names)
            {
                IReadOnlyList<MorrisEffect>? m = null;
                IReadOnlyList<SobolIndex>? s = null;
                try
                {
                    if (plan.Design is MorrisDesign) m = plan.Morris(outputs, name);
                    else s = plan.Sobol(outputs, name, resamples);
                }
                catch (ArgumentException e)
                {
                    throw new CliInputException("--outputs", name, "an output defined at every point (" + e.Message.Split(" (Parameter")[0] + ")");
                }
                var t = plan.TornadoRows(outputs, name);
                if (m is not null) morris.AddRange(m.Select(x => (name, x)));
                if (s is not null) sobol.AddRange(s.Select(x => (name, x)));
                tornado.AddRange(t.Select(x => (name, x)));
                headlines.Add(Sentence(scenario, name, m, s, t, outputs.Outputs.UnitOf(name)));
                charts.AddRange(SensitivityCharts.For(plan, outputs, name, session.Caption, m, s));
                analysing.Increment(1);
            }
            if (plan.Design is MorrisDesign) session.Table(SensitivityTables.Morris(morris), "morris", "Morris elementary effects", "Per output and parameter: μ, μ* and σ, in output units per full range.");
            else session.Table(SensitivityTables.Sobol(sobol), "sobol", "Sobol' indices", "Per output and parameter: first-order and total indices with 95% bootstrap intervals.");
            session.Table(SensitivityTables.Tornado(tornado), "tornado", "One-at-a-time swings", "Each parameter at its low and high end with the others central.");
            session.Table(ExperimentTables.Points(plan.Plan), "points", "Points", "d… are design points, t… the tornado's (t0 = all central).");
            session.Table(ExperimentTables.Runs(outputs, names), "runs", "Every run", "One row per run and output, with the replication's seed.");
            session.Charts(ctx, charts);
            return 0;
        });
        session.Commit(parse, scenario, $"Sensitivity of {string.Join(", ", names)} to {plan.Ranges.Count} parameters ({scenario.Name})",
            plan.Method(resamples), headlines, plan.Plan.BaseSeed, plan.Plan.Seeds, fingerprint);
        foreach (var h in headlines) context.Console.Out.WriteLine(h);
        context.Console.Out.WriteLine($"Wrote {session.Stage.Files.Count} files to {session.Stage.Directory}");
        return 0;
    }

    /// <summary>The most influential parameter in words, and the widest tornado swing.</summary>
    private static string Sentence(Scenario scenario, string output, IReadOnlyList<MorrisEffect>? morris, IReadOnlyList<SobolIndex>? sobol, IReadOnlyList<TornadoRow> tornado, string unit)
    {
        var inv = CultureInfo.InvariantCulture;
        string topic = MetricTitles.Topic(output);
        string lead;
        if (morris is not null)
        {
            var top = morris.OrderByDescending(m => m.MuStar).First();
            lead = top.MuStar == 0
                ? $"No parameter moved {topic} at all in this design."
                : $"Most influential for {topic} (Morris): {top.Path}, μ* = {HeadlineNumbers.Amount(top.MuStar, unit)} per full range"
                  + (double.IsFinite(top.Sigma) ? $", σ = {HeadlineNumbers.Amount(top.Sigma, unit)}" + (top.Sigma > top.MuStar ? " (its effect depends strongly on the other parameters)" : "") : "") + ".";
        }
        else
        {
            var top = sobol!.OrderByDescending(s => double.IsNaN(s.Total) ? -1 : s.Total).First();
            lead = double.IsNaN(top.Total)
                ? $"{Capitalise(topic)} did not vary across the design, so there is no variance to apportion."
                : $"Most influential for {topic} (Sobol'): {top.Path} explains {Pct(top.First)} of the variance alone (95% CI {Pct(top.FirstLower)} to {Pct(top.FirstUpper)}) "
                  + $"and {Pct(top.Total)} with its interactions (95% CI {Pct(top.TotalLower)} to {Pct(top.TotalUpper)}).";
        }
        var widest = tornado.OrderByDescending(t => double.IsNaN(t.Swing) ? -1 : t.Swing).First();
        string swing = double.IsFinite(widest.Swing)
            ? $" Widest one-at-a-time swing: {widest.Path} from {ValueText(widest.LowValue)} to {ValueText(widest.HighValue)} moves it from "
              + $"{HeadlineNumbers.Level(widest.AtLow.Mean, unit)} to {HeadlineNumbers.Level(widest.AtHigh.Mean, unit)}."
            : "";
        return lead + swing;

        string ValueText(double v) => ScenarioRanges.ValueText(ParameterCatalog.Find(scenario, widest.Path), v);
        string Pct(double share) => (100 * share).ToString("0", inv) + "%";
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
