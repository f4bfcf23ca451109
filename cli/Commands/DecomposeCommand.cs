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
    private static readonly IReadOnlyList<string> Defaults = DefaultOutputs.Decomposition;

    public static Command Create(CliContext context)
    {
        var scenarioArg = new Argument<string>("scenario") { Description = "A scenario name (see 'sandbox scenarios') or a scenario file" };
        var from = new Option<string?>("--from") { Description = "Level the decomposition starts from (default co-location)" };
        var to = new Option<string?>("--to") { Description = "Level it ends at (default full-integration)" };
        var components = new Option<string?>("--components") { Description = "grouped (six components, 64 coalitions; default) or settings (each setting its own component)" };
        var shapley = new Option<string?>("--shapley") { Description = "exact (every coalition; default) or orders=N (N sampled orders with their reverses, N even)" };
        var orderSeed = new Option<string?>("--order-seed") { Description = "Seed of sampled orders (default 1)" };
        var outputs = new Option<string?>("--outputs") { Description = "Outputs to decompose, comma-separated (default: " + string.Join(",", Defaults) + ")" };
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
            var names = ExperimentInput.Outputs(RunOutputs.For(scenario), parse.GetValue(outputs), Defaults);
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
        var options = experiment.RunOptions(parse, session, fingerprint);
        var artefacts = ProgressDisplay.Run(context.Console, ctx =>
        {
            var progress = RunProgress.Task(ctx, $"Running {plan.Plan.Points.Count} coalitions × {plan.Plan.Replications} replications", plan.Plan.RunCount);
            var outputs = experiment.Run(parse, plan.Plan, options, session.Kind, fingerprint, progress, context.Cancellation);
            var built = DecompositionArtefacts.Build(scenario, plan, outputs, names, session.Caption);
            session.Add(ctx, built);
            return built;
        });
        session.Commit(parse, scenario, artefacts.Title, artefacts.Method, artefacts.Headlines, plan.Plan.BaseSeed, plan.Plan.Seeds, fingerprint);
        foreach (var h in artefacts.Headlines) context.Console.Out.WriteLine(h);
        context.Console.Out.WriteLine($"Wrote {session.Stage.Files.Count} files to {session.Stage.Directory}");
        return 0;
    }
}
