using System.CommandLine;
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
    private static readonly IReadOnlyList<string> Defaults = DefaultOutputs.Sensitivity;

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
        var outputs = new Option<string?>("--outputs") { Description = "Outputs to analyse, comma-separated (default: " + string.Join(",", Defaults) + ")" };
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
            var names = ExperimentInput.Outputs(RunOutputs.For(scenario), parse.GetValue(outputs), Defaults);
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
        var options = experiment.RunOptions(parse, session, fingerprint);
        var artefacts = ProgressDisplay.Run(context.Console, ctx =>
        {
            var progress = RunProgress.Task(ctx, $"Running {plan.Plan.Points.Count} points × {plan.Plan.Replications} replications", plan.Plan.RunCount);
            var outputs = experiment.Run(parse, plan.Plan, options, session.Kind, fingerprint, progress, context.Cancellation);
            var analysing = ctx.AddTask("Analysing", maxValue: names.Count);
            ExperimentArtefacts built;
            try
            {
                built = SensitivityArtefacts.Build(scenario, plan, outputs, names, resamples, session.Caption, () => analysing.Increment(1));
            }
            catch (ScenarioValidationException e) when (e.Field == "outputs")
            {
                throw new CliInputException("--outputs", e.Value, e.Allowed);
            }
            session.Add(ctx, built);
            return built;
        });
        session.Commit(parse, scenario, artefacts.Title, artefacts.Method, artefacts.Headlines, plan.Plan.BaseSeed, plan.Plan.Seeds, fingerprint);
        foreach (var h in artefacts.Headlines) context.Console.Out.WriteLine(h);
        context.Console.Out.WriteLine($"Wrote {session.Stage.Files.Count} files to {session.Stage.Directory}");
        return 0;
    }
}
