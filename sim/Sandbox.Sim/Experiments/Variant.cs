using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// One arm of a comparison: a name for files and flags, a label for sentences and legends, and the scenario it
/// runs. The scenario's own seed is ignored by <see cref="CompareRunner"/>, which gives replication r of every
/// variant the same seed so the arms differ only in what the scenarios set.
/// </summary>
public sealed record Variant(string Name, string Label, Scenario Scenario)
{
    /// <summary>The scenario under each level's mechanism bundle, named by the level key ("full-integration").</summary>
    public static IReadOnlyList<Variant> ForLevels(Scenario scenario, IEnumerable<IntegrationLevel> levels) =>
        levels.Distinct().Select(l => new Variant(l.Key(), LabelOf(l), scenario.WithLevel(l))).ToArray();

    /// <summary>Named scenarios as variants; a repeated name gets a numeric suffix so files and flags stay unambiguous.</summary>
    public static IReadOnlyList<Variant> ForScenarios(IEnumerable<Scenario> scenarios)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var list = new List<Variant>();
        foreach (var s in scenarios)
        {
            int count = seen[s.Name] = seen.GetValueOrDefault(s.Name) + 1;
            string name = count == 1 ? s.Name : $"{s.Name}-{count}";
            list.Add(new Variant(name, name, s));
        }
        return list;
    }

    /// <summary>"full integration", lower case so it reads mid-sentence; sentences capitalise it at the start.</summary>
    public static string LabelOf(IntegrationLevel level) =>
        level == IntegrationLevel.CoLocation ? level.Key() : level.Key().Replace('-', ' ');
}
