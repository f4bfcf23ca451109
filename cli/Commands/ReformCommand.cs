using System.CommandLine;
using System.Globalization;
using Sandbox.Cli.Input;
using Sandbox.Cli.Output;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Commands;

/// <summary>
/// <c>sandbox reform SCENARIO --to LEVEL --week T</c>: a switch of level at week T with a sourced transition,
/// against staying put and against the same switch made instantly: outcome and cost curves through the transition.
/// </summary>
internal static class ReformCommand
{
    public static Command Create(CliContext context)
    {
        var scenarioArg = new Argument<string>("scenario") { Description = "A scenario name (see 'sandbox scenarios') or a scenario file; a reform in the file is used unless flags change it" };
        var to = new Option<string?>("--to") { Description = "Level to switch to: mainstreamed, joint-planning or full-integration (needed unless the scenario has a reform)" };
        var week = new Option<string?>("--week") { Description = "Week the reform takes effect (default 52, or the scenario's)" };
        var transition = new Option<string?>("--transition-weeks") { Description = "Weeks of transition, 0 to 104 (default 26: staff retraining, reorganisation)" };
        var capacity = new Option<string?>("--capacity-loss") { Description = "Share of staff time lost to retraining during the transition, 0 to 0.9 (default 0.1)" };
        var disruption = new Option<string?>("--referral-disruption") { Description = "Odds ratio on referral completion while routines change, 0.1 to 1 (default 0.8)" };
        var it = new Option<string?>("--it-migration-cost") { Description = "One-off IT migration in EUR, spread over the transition (default 400000)" };
        var curves = new CurveFlags();
        var experiment = new ExperimentFlags(defaultReps: 10);
        var flags = new ScenarioFlags();
        var command = new Command("reform", "A level switch at week T with a sourced transition, against staying put and an instant switch")
        {
            scenarioArg, to, week, transition, capacity, disruption, it,
        };
        curves.AddTo(command);
        experiment.AddTo(command);
        flags.AddTo(command);
        command.SetAction(parse =>
        {
            var scenario = ScenarioInput.Load(parse.GetValue(scenarioArg)!);
            if (parse.GetValue(experiment.Level) is { } level) scenario = scenario.WithLevel(Flags.Level("--level", level));
            if (parse.GetValue(to) is { } target)
            {
                var reform = scenario.Reform ?? new ReformSpec();
                reform.Level = Flags.Level("--to", target);
                reform.Mechanisms = null;
                scenario.Reform = reform;
            }
            if (scenario.Reform is null) throw new CliInputException("--to", "(missing)", "a level to switch to (the scenario has no reform of its own)");
            Set(scenario, "--week", "reform.week", parse.GetValue(week));
            Set(scenario, "--transition-weeks", "reform.transitionWeeks", parse.GetValue(transition));
            Set(scenario, "--capacity-loss", "reform.capacityLoss", parse.GetValue(capacity));
            Set(scenario, "--referral-disruption", "reform.referralDisruption", parse.GetValue(disruption));
            Set(scenario, "--it-migration-cost", "reform.itMigrationCost", parse.GetValue(it));
            if (scenario.Reform.Level is { } l && scenario.Level == l && scenario.Reform.Mechanisms is null)
                throw new CliInputException("--to", l.Key(), "a level other than the one the scenario starts at (" + l.Key() + "; set --level)");
            ScenarioInput.Apply(scenario, flags.Overrides(parse));
            return Execute(context, parse, scenario, curves, experiment, flags.OutputFormat(parse), flags.OutDirectory(parse, "reform-" + scenario.Name));
        });
        return command;
    }

    private static void Set(Scenario scenario, string flag, string path, string? text)
    {
        if (text is null) return;
        try
        {
            ParameterCatalog.Find(scenario, path).SetText(scenario, text);
        }
        catch (ScenarioValidationException e)
        {
            throw CliInputException.FromScenario(flag, text, e);
        }
    }

    private static int Execute(CliContext context, ParseResult parse, Scenario scenario, CurveFlags curves, ExperimentFlags experiment, OutputFormat format, string outDirectory)
    {
        var variants = ReformPaths.Variants(scenario);
        var plan = new ExperimentPlan(variants, experiment.Replications(parse), scenario.Seed);
        string metric = curves.Metric(parse, variants[0]);
        int? week = curves.HeadlineWeek(parse, scenario.Weeks);
        var tableWeeks = curves.TableWeeks(parse, scenario.Weeks);
        using var session = new ExperimentSession(context, "reform", outDirectory, format);
        string fingerprint = plan.Fingerprint(session.Kind, CliContext.Version);
        var options = session.RunOptions(fingerprint, parse.GetValue(experiment.Resume), experiment.Parallelism(parse));
        IReadOnlyList<string> lines = [];
        ProgressDisplay.Run(context.Console, ctx =>
        {
            var progress = RunProgress.Task(ctx, $"Running {variants.Count} paths × {plan.Replications} replications", plan.RunCount);
            var compared = PlanRunner.RunSeries(plan, options, progress, context.Cancellation);
            var built = ReformArtefacts.Build(scenario, compared, metric, week, tableWeeks, session.Caption);
            session.Add(ctx, built);
            lines = built.Headlines;
            return compared;
        });
        session.Commit(parse, scenario, $"Reform to {variants[1].Label} ({scenario.Name})", ReformPaths.Method(scenario, plan.Replications), lines,
            plan.BaseSeed, plan.Seeds, fingerprint);
        foreach (var line in lines.Where(l => l.Length > 0).Take(4)) context.Console.Out.WriteLine(line);
        context.Console.Out.WriteLine($"Wrote {session.Stage.Files.Count} files to {session.Stage.Directory}");
        return 0;
    }
}
