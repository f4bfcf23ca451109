using System.Text.Json.Nodes;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Scenarios;

public class ParameterCatalogTests
{
    private static readonly Scenario Baseline = ScenarioLibrary.BaselineScenario();

    [Fact]
    public void Every_parameter_cites_a_source_and_has_a_sensible_range()
    {
        var catalog = ParameterCatalog.For(Baseline);
        Assert.True(catalog.Count > 80, $"{catalog.Count} parameters");
        foreach (var p in catalog)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Source), $"{p.Path} has no source");
            Assert.True(p.Min <= p.Max, $"{p.Path} range");
            if (p.Get(Baseline) is not { } v) continue; // an optional group (a reform) the baseline does not have
            Assert.True(p.IsEnum || (v >= p.Min && v <= p.Max), $"{p.Path} default {v} outside {p.RangeText}");
        }
    }

    [Fact]
    public void Parameters_can_be_set_by_path_and_out_of_range_values_are_refused()
    {
        var s = Baseline.Clone();
        ParameterCatalog.Find(s, "mechanisms.followUp").SetText(s, "targetGroup");
        ParameterCatalog.Find(s, "agencies.debt.staff").Set(s, 7);
        Assert.Equal(Coverage.TargetGroup, s.Mechanisms.FollowUp);
        Assert.Equal(7, s.Agencies.Single(a => a.Kind == Sandbox.Sim.Model.AgencyKind.DebtAdvice).Staff);
        var e = Assert.Throws<ScenarioValidationException>(() => ParameterCatalog.Find(s, "services.referralCompletion").Set(s, 1.2));
        Assert.Equal("services.referralCompletion", e.Field);
        Assert.Throws<ScenarioValidationException>(() => ParameterCatalog.Find(s, "no.such.thing"));
    }

    [Fact]
    public void A_given_fraction_for_a_whole_number_parameter_is_refused_while_a_design_point_is_rounded()
    {
        var s = Baseline.Clone();
        var weeks = ParameterCatalog.Find(s, "agencies.debt.treatmentWeeks");
        var e = Assert.Throws<ScenarioValidationException>(() => weeks.SetText(s, "2.5"));
        Assert.Equal("agencies.debt.treatmentWeeks", e.Field);
        Assert.Equal("2.5", e.Value);
        Assert.Equal("a whole number from 1 to 104 (weeks)", e.Allowed);
        Assert.Throws<ScenarioValidationException>(() => weeks.SetExactly(s, 2.5));
        var followUp = ParameterCatalog.Find(s, "mechanisms.followUp");
        Assert.Equal("one of none, targetGroup, all", Assert.Throws<ScenarioValidationException>(() => followUp.SetText(s, "1.5")).Allowed);

        weeks.SetText(s, "3");
        Assert.Equal(3, DebtAdvice(s).TreatmentWeeks);
        weeks.Set(s, 6.6); // a sampled design point
        Assert.Equal(7, DebtAdvice(s).TreatmentWeeks);
        followUp.Set(s, 1.2);
        Assert.Equal(Coverage.TargetGroup, s.Mechanisms.FollowUp);
    }

    private static AgencySpec DebtAdvice(Scenario s) => s.Agencies.Single(a => a.Kind == Sandbox.Sim.Model.AgencyKind.DebtAdvice);

    [Fact]
    public void Every_level_preset_sets_every_mechanism_and_cites_it()
    {
        var mechanismFields = typeof(Mechanisms).GetProperties().Select(p => ScenarioJson.CamelCase(p.Name)).ToHashSet();
        foreach (var level in IntegrationLevels.All)
        {
            var file = JsonNode.Parse(ScenarioLibrary.Read($"levels/{level.Key()}.json"),
                documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsObject();
            var set = file["mechanisms"]!.AsObject().Select(kv => kv.Key).ToHashSet();
            Assert.True(mechanismFields.SetEquals(set), $"{level.Key()} sets {string.Join(",", set)}");
            var cited = file["sources"]!.AsObject().Select(kv => kv.Key).ToHashSet();
            foreach (var field in mechanismFields.Where(f => f != "targetGroupMinBarriers"))
                Assert.True(cited.Contains(field), $"{level.Key()} does not cite {field}");
        }
    }

    [Fact]
    public void Levels_differ_only_in_their_mechanisms()
    {
        var scenarios = IntegrationLevels.All.Select(l => Baseline.WithLevel(l)).ToArray();
        foreach (var s in scenarios)
        {
            var a = Baseline.Clone();
            var b = s.Clone();
            a.Mechanisms = b.Mechanisms = new Mechanisms();
            a.Level = b.Level = null;
            Assert.Equal(ScenarioJson.Serialize(a), ScenarioJson.Serialize(b));
        }
        Assert.Equal(4, scenarios.Select(s => System.Text.Json.JsonSerializer.Serialize(s.Mechanisms, ScenarioJson.Options)).Distinct().Count());
    }

    [Fact]
    public void Every_shipped_scenario_loads()
    {
        foreach (var name in ScenarioLibrary.Names().Where(n => !n.StartsWith("levels/")))
        {
            var s = ScenarioLibrary.Load(name);
            Assert.False(string.IsNullOrWhiteSpace(s.Description), $"{name} has no description");
        }
    }
}
