using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>One branch of a fork: the mechanisms the simulation goes on under from the fork week, named for files and sentences.</summary>
public sealed record ForkBranch(string Name, string Label, Mechanisms Mechanisms)
{
    /// <summary>One branch per level, named by the level key, labelled as compare labels levels.</summary>
    public static IReadOnlyList<ForkBranch> ForLevels(IEnumerable<IntegrationLevel> levels) =>
        levels.Distinct().Select(l => new ForkBranch(l.Key(), Variant.LabelOf(l), LevelPresets.Get(l))).ToArray();
}
