using System.CommandLine;
using Sandbox.Cli.Input;
using Sandbox.Cli.Output;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Commands;

/// <summary>
/// The flags every experiment command shares beyond <see cref="ScenarioFlags"/>: replications, parallelism,
/// the starting level and <c>--resume</c>. Declared once so every command spells and checks them alike.
/// </summary>
internal sealed class ExperimentFlags(int defaultReps)
{
    public const int MaxParallel = 256;

    public Option<string?> Reps { get; } = new("--reps") { Description = $"Replications per point on common seeds, 1 to {CompareOptions.MaxReplications} (default {defaultReps})" };
    public Option<string?> Parallel { get; } = new("--parallel") { Description = $"Runs at once, 1 to {MaxParallel} (default: cores = {Environment.ProcessorCount}); results do not depend on it" };
    public Option<string?> Level { get; } = new("--level") { Description = "Start from this level's mechanisms: co-location, mainstreamed, joint-planning or full-integration" };
    public Option<bool> Resume { get; } = new("--resume") { Description = "Keep the runs an interrupted call with the same --out and settings finished (in OUT/runs, or on the cluster with --cluster) and run only the rest" };
    public Option<string?> Cluster { get; } = new("--cluster") { Description = "Run on the Orleans cluster whose silos joined this Redis HOST:PORT ('sandbox silo --redis HOST:PORT') instead of in this process; the results are the same" };
    public Option<string?> ClusterId { get; } = new("--cluster-id") { Description = "With --cluster: the cluster id the silos were started with (default: sandbox)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Reps);
        command.Options.Add(Parallel);
        command.Options.Add(Level);
        command.Options.Add(Resume);
        command.Options.Add(Cluster);
        command.Options.Add(ClusterId);
    }

    /// <summary>How runs are kept for --resume: in OUT/runs here, or (on a cluster) by the cluster itself.</summary>
    public PlanRunOptions RunOptions(ParseResult parse, ExperimentSession session, string fingerprint) =>
        parse.GetValue(Cluster) is null
            ? session.RunOptions(fingerprint, parse.GetValue(Resume), Parallelism(parse))
            : new PlanRunOptions { MaxDegreeOfParallelism = Parallelism(parse) };

    /// <summary>Runs the plan in this process, or on the cluster named by --cluster; either way the same outputs.</summary>
    public PlanOutputs Run(ParseResult parse, ExperimentPlan plan, PlanRunOptions options, string kind, string fingerprint,
        IProgress<PlanProgress> progress, CancellationToken cancellationToken)
    {
        if (parse.GetValue(Cluster) is not { } cluster) return PlanRunner.Run(plan, options, progress, cancellationToken);
        var target = new ClusterTarget(Flags.Redis("--cluster", cluster), Flags.ClusterId("--cluster-id", parse.GetValue(ClusterId), ClusterTarget.DefaultClusterId));
        return target.Run(kind, fingerprint, parse.GetValue(Resume), plan, progress, cancellationToken);
    }

    public int Replications(ParseResult parse) => Flags.Int("--reps", parse.GetValue(Reps), defaultReps, 1, CompareOptions.MaxReplications);

    public int Parallelism(ParseResult parse) => Flags.Int("--parallel", parse.GetValue(Parallel), Environment.ProcessorCount, 1, MaxParallel);

    /// <summary>The scenario (name or file), moved to --level if given, with --set/--seed/--weeks applied last.</summary>
    public Scenario Scenario(ParseResult parse, string nameOrPath, ScenarioOverrides overrides)
    {
        var scenario = ScenarioInput.Load(nameOrPath);
        if (parse.GetValue(Level) is { } level) scenario = scenario.WithLevel(Flags.Level("--level", level));
        ScenarioInput.Apply(scenario, overrides);
        return scenario;
    }
}
