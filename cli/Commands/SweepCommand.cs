using System.CommandLine;
using Sandbox.Cli.Input;
using Sandbox.Cli.Output;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Commands;

/// <summary>
/// <c>sandbox sweep SCENARIO --param path=min:max …</c>: a full grid or a Latin hypercube over any parameters,
/// N replications per point on common seeds; per point and output the mean, SD and 95% CI as tidy tables.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(CliContext context)
    {
        var scenarioArg = new Argument<string>("scenario") { Description = "A scenario name (see 'sandbox scenarios') or a scenario file" };
        var param = new Option<string[]>("--param")
        {
            Description = "A parameter and its range, path=min:max (add :log for a log scale; enum ends by name, e.g. mechanisms.followUp=none:all); repeatable",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var grid = new Option<string?>("--grid") { Description = "Full grid with this many levels per parameter, 2 to 101 (default 5)" };
        var lhs = new Option<string?>("--lhs") { Description = $"Latin hypercube with this many points, 2 to {SweepSpec.MaxPoints}, instead of a grid" };
        var lhsSeed = new Option<string?>("--lhs-seed") { Description = "Seed that draws the hypercube (default 1)" };
        var outputs = new Option<string?>("--outputs") { Description = "Outputs to summarise, comma-separated (default: " + string.Join(",", ExperimentInput.DefaultOutputs) + "); the first is charted" };
        var experiment = new ExperimentFlags(defaultReps: 5);
        var flags = new ScenarioFlags();
        var command = new Command("sweep", "Sweep parameters over a grid or Latin hypercube, with replications on common seeds and a CI per point")
        {
            scenarioArg, param, grid, lhs, lhsSeed, outputs,
        };
        experiment.AddTo(command);
        flags.AddTo(command);
        command.SetAction(parse =>
        {
            string name = parse.GetValue(scenarioArg)!;
            var scenario = experiment.Scenario(parse, name, flags.Overrides(parse));
            var ranges = ExperimentInput.Ranges(scenario, parse.GetValue(param) ?? []);
            if (parse.GetValue(grid) is not null && parse.GetValue(lhs) is not null)
                throw new CliInputException("--lhs", parse.GetValue(lhs)!, "either --grid or --lhs, not both");
            var spec = parse.GetValue(lhs) is { } n
                ? new SweepSpec(ranges, SweepDesign.LatinHypercube, Flags.Int("--lhs", n, 0, 2, SweepSpec.MaxPoints),
                    (ulong)Flags.Int("--lhs-seed", parse.GetValue(lhsSeed), 1, 0, int.MaxValue))
                : new SweepSpec(ranges, SweepDesign.Grid, Flags.Int("--grid", parse.GetValue(grid), 5, 2, 101));
            SweepPlan sweep;
            try
            {
                sweep = SweepPlan.Create(scenario, spec, experiment.Replications(parse), scenario.Seed);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new CliInputException(spec.Design == SweepDesign.Grid ? "--grid" : "--lhs", spec.Size.ToString(), e.Message.Split(" (Parameter")[0]);
            }
            var names = ExperimentInput.Outputs(RunOutputs.For(scenario), parse.GetValue(outputs));
            return Execute(context, parse, scenario, sweep, names, experiment, flags.OutputFormat(parse), flags.OutDirectory(parse, "sweep-" + scenario.Name));
        });
        return command;
    }

    private static int Execute(CliContext context, ParseResult parse, Scenario scenario, SweepPlan sweep, IReadOnlyList<string> names,
        ExperimentFlags experiment, OutputFormat format, string outDirectory)
    {
        var plan = sweep.Plan;
        using var session = new ExperimentSession(context, "sweep", outDirectory, format);
        string fingerprint = plan.Fingerprint(session.Kind, CliContext.Version);
        var options = experiment.RunOptions(parse, session, fingerprint);
        var artefacts = ProgressDisplay.Run(context.Console, ctx =>
        {
            var progress = RunProgress.Task(ctx, $"Sweeping {plan.Points.Count} points × {plan.Replications} replications", plan.RunCount);
            var outputs = experiment.Run(parse, plan, options, session.Kind, fingerprint, progress, context.Cancellation);
            var built = SweepArtefacts.Build(scenario, sweep, outputs, names, session.Caption);
            session.Add(ctx, built);
            return built;
        });
        session.Commit(parse, scenario, artefacts.Title, artefacts.Method, artefacts.Headlines, plan.BaseSeed, plan.Seeds, fingerprint);
        foreach (var h in artefacts.Headlines) context.Console.Out.WriteLine(h);
        context.Console.Out.WriteLine($"Wrote {session.Stage.Files.Count} files to {session.Stage.Directory}");
        return 0;
    }
}
