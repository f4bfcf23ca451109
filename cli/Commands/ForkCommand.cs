using System.CommandLine;
using Sandbox.Cli.Input;
using Sandbox.Cli.Output;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Commands;

/// <summary>
/// <c>sandbox fork SCENARIO --week T --levels …</c>: run the scenario to week T, snapshot it, and branch into each
/// level from the same state; curves of every branch, paired differences and headlines as compare gives them.
/// </summary>
internal static class ForkCommand
{
    public static Command Create(CliContext context)
    {
        var scenarioArg = new Argument<string>("scenario") { Description = "A scenario name (see 'sandbox scenarios') or a scenario file" };
        var week = new Option<string?>("--week") { Description = "Week of the fork: the branches share weeks 1 to T and differ after (required)" };
        var levels = new Option<string?>("--levels") { Description = "Branches: all (default) or a comma list, e.g. co-location,full-integration" };
        var baseline = new Option<string?>("--baseline") { Description = "Branch the others are compared with (default: the scenario's own level if branched into, else the first)" };
        var curves = new CurveFlags();
        var experiment = new ExperimentFlags(defaultReps: 10);
        var flags = new ScenarioFlags();
        var command = new Command("fork", "Snapshot a running simulation at week T and branch into levels from the same state")
        {
            scenarioArg, week, levels, baseline,
        };
        curves.AddTo(command);
        experiment.AddTo(command);
        flags.AddTo(command);
        command.SetAction(parse =>
        {
            var scenario = experiment.Scenario(parse, parse.GetValue(scenarioArg)!, flags.Overrides(parse));
            if (parse.GetValue(week) is not { } weekText) throw new CliInputException("--week", "(missing)", $"the week of the fork, 1 to {scenario.Weeks - 1}");
            int t = Flags.Int("--week", weekText, 0, 1, scenario.Weeks - 1);
            if (scenario.Reform is not null)
                throw new CliInputException("SCENARIO", scenario.Name, "a scenario without a reform (each branch replaces the rest of the path; use 'sandbox reform' for reforms)");
            var branchLevels = Flags.Levels(parse.GetValue(levels));
            var branches = ForkBranch.ForLevels(branchLevels);
            int baseIndex = Baseline(parse.GetValue(baseline), branches, scenario);
            return Execute(context, parse, scenario, t, branches, baseIndex, curves, experiment, flags.OutputFormat(parse), flags.OutDirectory(parse, "fork-" + scenario.Name));
        });
        return command;
    }

    private static int Baseline(string? text, IReadOnlyList<ForkBranch> branches, Scenario scenario)
    {
        string? name = text is null ? scenario.Level?.Key() : IntegrationLevels.TryParse(text, out var l) ? l.Key() : text;
        int index = name is null ? 0 : branches.ToList().FindIndex(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase));
        if (index >= 0) return index;
        if (text is null) return 0;
        throw new CliInputException("--baseline", text, "one of the branches: " + string.Join(", ", branches.Select(b => b.Name)));
    }

    private static int Execute(CliContext context, ParseResult parse, Scenario scenario, int week, IReadOnlyList<ForkBranch> branches, int baseline,
        CurveFlags curves, ExperimentFlags experiment, OutputFormat format, string outDirectory)
    {
        int reps = experiment.Replications(parse);
        var plan = ForkRunner.Plan(scenario, week, branches, reps, scenario.Seed);
        string metric = curves.Metric(parse, plan.Points[baseline]);
        int? headlineWeek = curves.HeadlineWeek(parse, scenario.Weeks);
        var tableWeeks = curves.TableWeeks(parse, scenario.Weeks);
        using var session = new ExperimentSession(context, ForkRunner.Kind, outDirectory, format);
        string fingerprint = plan.Fingerprint(session.Kind, CliContext.Version);
        var options = session.RunOptions(fingerprint, parse.GetValue(experiment.Resume), experiment.Parallelism(parse));
        IReadOnlyList<string> lines = [];
        ProgressDisplay.Run(context.Console, ctx =>
        {
            var progress = RunProgress.Task(ctx, $"Running to week {week}, then {branches.Count} branches × {reps} replications", reps);
            var result = ForkRunner.Run(scenario, week, branches, reps, scenario.Seed, options, progress, context.Cancellation);
            var built = CurveArtefacts.Build(result, baseline, metric, headlineWeek, tableWeeks, Title(week, branches, scenario),
                ForkRunner.Method(scenario, week, branches, reps), session.Caption);
            session.Add(ctx, built);
            lines = built.Headlines;
            return result;
        });
        session.Commit(parse, scenario, Title(week, branches, scenario), ForkRunner.Method(scenario, week, branches, reps), lines, plan.BaseSeed, plan.Seeds, fingerprint);
        foreach (var line in lines.Where(l => l.Length > 0).Take(branches.Count)) context.Console.Out.WriteLine(line);
        context.Console.Out.WriteLine($"Wrote {session.Stage.Files.Count} files to {session.Stage.Directory}");
        return 0;
    }

    private static string Title(int week, IReadOnlyList<ForkBranch> branches, Scenario scenario) =>
        $"Fork at week {week} into {string.Join(", ", branches.Select(b => b.Label))} ({scenario.Name})";
}
