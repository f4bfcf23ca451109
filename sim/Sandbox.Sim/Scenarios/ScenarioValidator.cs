using System.Globalization;
using Sandbox.Sim.Model;

namespace Sandbox.Sim.Scenarios;

/// <summary>Checks every parameter against its declared range and the few rules that span several fields.</summary>
public static class ScenarioValidator
{
    public static void Validate(Scenario scenario)
    {
        foreach (var p in ParameterCatalog.For(scenario))
        {
            double? value = p.Get(scenario);
            if (value is not { } v) continue;
            bool ok = p.IsEnum ? Enum.IsDefined(p.ValueType, Enum.ToObject(p.ValueType, (int)v)) : !double.IsNaN(v) && v >= p.Min && v <= p.Max;
            if (!ok) throw new ScenarioValidationException(p.Path, v.ToString(CultureInfo.InvariantCulture), p.RangeText);
        }

        var pop = scenario.Population;
        RequireSum("population.youthShare + population.olderShare", pop.YouthShare + pop.OlderShare);
        RequireSum("population.lowSkillShare + population.highSkillShare", pop.LowSkillShare + pop.HighSkillShare);
        var lm = scenario.LabourMarket;
        RequireSum("labourMarket.lowSkillVacancyShare + labourMarket.highSkillVacancyShare", lm.LowSkillVacancyShare + lm.HighSkillVacancyShare);

        if (scenario.Agencies.Count > AgencyKinds.Count)
            throw new ScenarioValidationException("agencies", scenario.Agencies.Count.ToString(CultureInfo.InvariantCulture), $"at most {AgencyKinds.Count} agencies, one per kind");
        var seenKinds = new HashSet<AgencyKind>();
        var treatedBy = new Dictionary<Barrier, AgencyKind>();
        foreach (var agency in scenario.Agencies)
        {
            string at = "agencies." + agency.Kind.Key();
            if (!Enum.IsDefined(agency.Kind))
                throw new ScenarioValidationException("agencies.kind", agency.Kind.ToString(), "pes, socialServices, health, housing, training or debtAdvice");
            if (!seenKinds.Add(agency.Kind))
                throw new ScenarioValidationException(at, "duplicate", "one agency per kind");
            foreach (var key in agency.Treats)
            {
                var barrier = Barriers.All.Cast<Barrier?>().FirstOrDefault(b => string.Equals(b!.Value.Key(), key, StringComparison.OrdinalIgnoreCase));
                if (barrier is null)
                    throw new ScenarioValidationException(at + ".treats", key, "barrier keys: " + string.Join(", ", Barriers.All.Select(b => b.Key())));
                if (treatedBy.TryGetValue(barrier.Value, out var other))
                    throw new ScenarioValidationException(at + ".treats", key, $"a barrier treated by one agency only (already by {other.Key()})");
                treatedBy[barrier.Value] = agency.Kind;
            }
        }
        if (scenario.Reform is { } reform)
        {
            if (reform.Week >= scenario.Weeks)
                throw new ScenarioValidationException("reform.week", reform.Week.ToString(CultureInfo.InvariantCulture), $"a week before the end of the run (0 to {scenario.Weeks - 1})");
            _ = reform.Target();
        }
        if (!seenKinds.Contains(AgencyKind.Pes))
            throw new ScenarioValidationException("agencies", "no pes", "an agency of kind pes (the entry point)");
    }

    private static void RequireSum(string field, double sum)
    {
        if (sum > 1 + 1e-9)
            throw new ScenarioValidationException(field, sum.ToString("0.###", CultureInfo.InvariantCulture), "a total of at most 1");
    }
}
