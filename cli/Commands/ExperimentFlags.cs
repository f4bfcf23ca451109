using System.CommandLine;
using Sandbox.Cli.Input;
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
    public Option<bool> Resume { get; } = new("--resume") { Description = "Keep the runs an interrupted call with the same --out and settings finished (in OUT/runs) and run only the rest" };

    public void AddTo(Command command)
    {
        command.Options.Add(Reps);
        command.Options.Add(Parallel);
        command.Options.Add(Level);
        command.Options.Add(Resume);
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
