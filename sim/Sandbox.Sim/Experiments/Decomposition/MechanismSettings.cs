using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// The settings a decomposition moves, and the documented order of the cumulative path: the order in which the
/// ILO continuum (002, MODEL.md level table) introduces them. A setting's rank is the first level preset at
/// which it departs from the co-location preset (mainstreamed: follow-up protocol, joint diagnosis, case
/// manager, treatment order, employer involvement, less competition, coordination time; joint planning: shared
/// record, pooled budgets, IT); ties keep the MODEL.md table order, which is the order <see cref="Mechanisms"/>
/// declares them. Settings no preset changes come last.
/// </summary>
public static class MechanismSettings
{
    public const string Prefix = "mechanisms.";

    /// <summary>Settings whose values differ between <paramref name="from"/> and <paramref name="to"/>, in path order.</summary>
    public static IReadOnlyList<MechanismSetting> Differing(Scenario scenario, Mechanisms from, Mechanisms to)
    {
        var a = WithMechanisms(scenario, from);
        var b = WithMechanisms(scenario, to);
        var parameters = ParameterCatalog.For(a).Where(p => p.Path.StartsWith(Prefix, StringComparison.Ordinal)).ToArray();
        var list = new List<MechanismSetting>();
        foreach (var p in parameters)
        {
            double x = p.Get(a)!.Value, y = p.Get(b)!.Value;
            if (x != y) list.Add(new MechanismSetting(p.Path, x, y, ScenarioRanges.ValueText(p, x), ScenarioRanges.ValueText(p, y)));
        }
        var rank = Ranks(scenario);
        return list.OrderBy(s => rank.GetValueOrDefault(s.Path, int.MaxValue)).ThenBy(s => list.IndexOf(s)).ToArray();
    }

    /// <summary>The scenario with these mechanisms and no level or reform: what a decomposition point runs.</summary>
    public static Scenario WithMechanisms(Scenario scenario, Mechanisms mechanisms)
    {
        var s = scenario.Clone();
        s.Mechanisms = mechanisms.Clone();
        s.Level = null;
        s.Reform = null;
        return s;
    }

    /// <summary>Rank = 10 × level at which the preset first departs from co-location + declaration index.</summary>
    private static Dictionary<string, int> Ranks(Scenario scenario)
    {
        var presets = IntegrationLevels.All.Select(l => WithMechanisms(scenario, LevelPresets.Get(l))).ToArray();
        var parameters = ParameterCatalog.For(presets[0]).Where(p => p.Path.StartsWith(Prefix, StringComparison.Ordinal)).ToArray();
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            int level = Enumerable.Range(1, presets.Length - 1).FirstOrDefault(l => p.Get(presets[l]) != p.Get(presets[0]), presets.Length);
            rank[p.Path] = level * 100 + i;
        }
        return rank;
    }
}
