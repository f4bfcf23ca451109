using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Scenarios;

public class ScenarioValidationTests
{
    private static ScenarioValidationException Reject(string json) =>
        Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(json));

    [Fact]
    public void An_out_of_range_value_names_the_field_the_value_and_the_range()
    {
        var e = Reject("""{ "population": { "initialStock": 5 } }""");
        Assert.Equal("population.initialStock", e.Field);
        Assert.Equal("5", e.Value);
        Assert.Contains("10 to 2000000", e.Message);
    }

    [Fact]
    public void A_share_above_one_is_rejected()
    {
        var e = Reject("""{ "mechanisms": { "coLocation": 1.5 } }""");
        Assert.Equal("mechanisms.coLocation", e.Field);
        Assert.Contains("0 to 1", e.Allowed);
    }

    [Fact]
    public void An_agency_field_is_named_by_its_agency()
    {
        var e = Reject("""{ "agencies": [ { "kind": "debtAdvice", "resolveProbability": 2 } ] }""");
        Assert.Equal("agencies.debt.resolveProbability", e.Field);
    }

    [Fact]
    public void An_unknown_field_is_rejected_by_name()
    {
        var e = Reject("""{ "population": { "initalStock": 500 } }""");
        Assert.Equal("population.initalStock", e.Field);
        Assert.Contains("initialStock", e.Allowed);
    }

    [Fact]
    public void A_wrong_type_names_the_field_and_the_expected_type()
    {
        var e = Reject("""{ "weeks": "fifty" }""");
        Assert.Equal("weeks", e.Field);
        Assert.Equal("\"fifty\"", e.Value);
        Assert.Equal("a whole number from 1 to 1040 (weeks)", e.Allowed);
    }

    [Fact]
    public void A_fraction_in_a_whole_number_agency_field_is_named_by_its_agency_with_the_range()
    {
        var e = Reject("""{ "agencies": [ { "kind": "debtAdvice", "treatmentWeeks": 10.5 } ] }""");
        Assert.Equal("agencies.debt.treatmentWeeks", e.Field);
        Assert.Equal("10.5", e.Value);
        Assert.Equal("a whole number from 1 to 104 (weeks)", e.Allowed);
    }

    [Fact]
    public void Agencies_given_as_an_object_ask_for_a_list()
    {
        var e = Reject("""{ "agencies": { "debt": { "staff": 2 } } }""");
        Assert.Equal("agencies", e.Field);
        Assert.Equal("a list in square brackets", e.Allowed);
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_allowed_values()
    {
        var e = Reject("""{ "mechanisms": { "followUp": "sometimes" } }""");
        Assert.Equal("mechanisms.followUp", e.Field);
        Assert.Contains("targetGroup", e.Allowed);
    }

    [Fact]
    public void An_unknown_level_lists_the_levels()
    {
        var e = Reject("""{ "level": "total-integration" }""");
        Assert.Equal("level", e.Field);
        Assert.Contains("full-integration", e.Allowed);
    }

    [Fact]
    public void Malformed_json_reports_the_line()
    {
        var e = Reject("{\n \"weeks\": 10,\n \"seed\": }");
        Assert.Contains("line 3", e.Field);
    }

    [Fact]
    public void Shares_that_add_up_past_one_are_rejected()
    {
        var e = Reject("""{ "population": { "lowSkillShare": 0.7, "highSkillShare": 0.5 } }""");
        Assert.Contains("lowSkillShare", e.Field);
    }

    [Fact]
    public void A_barrier_treated_by_two_agencies_is_rejected()
    {
        var e = Reject("""{ "agencies": [ { "kind": "housing", "treats": ["housing", "debt"] } ] }""");
        Assert.Equal("debt", e.Value);
        Assert.Contains("treated by one agency only", e.Allowed);
    }

    [Fact]
    public void A_file_error_names_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "weeks": 0 }""");
        try
        {
            var e = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.LoadFile(path));
            Assert.Equal(path, e.File);
            Assert.StartsWith(path + ": weeks = 0", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_level_key_loads_that_levels_mechanisms_and_later_keys_override_them()
    {
        var s = ScenarioLoader.Parse("""{ "level": "joint-planning", "mechanisms": { "competition": 0.9 } }""");
        Assert.Equal(IntegrationLevel.JointPlanning, s.Level);
        Assert.Equal(Coverage.All, s.Mechanisms.JointDiagnosis);
        Assert.Equal(0.9, s.Mechanisms.Competition);
    }

    [Fact]
    public void An_agency_override_changes_only_that_agency_field()
    {
        var baseline = ScenarioLibrary.BaselineScenario();
        var s = ScenarioLoader.Parse("""{ "agencies": [ { "kind": "health", "staff": 9 } ] }""");
        var health = s.Agencies.Single(a => a.Kind == Sandbox.Sim.Model.AgencyKind.Health);
        Assert.Equal(9, health.Staff);
        Assert.Equal(baseline.Agencies.Single(a => a.Kind == Sandbox.Sim.Model.AgencyKind.Health).TreatmentWeeks, health.TreatmentWeeks);
        Assert.Equal(baseline.Agencies.Count, s.Agencies.Count);
    }

    [Fact]
    public void A_scenario_survives_a_save_and_load_unchanged()
    {
        var s = ScenarioLibrary.BaselineScenario().WithLevel(IntegrationLevel.FullIntegration);
        s.Population.InitialStock = 1234;
        var again = ScenarioLoader.Parse(ScenarioJson.Serialize(s));
        Assert.Equal(ScenarioJson.Serialize(s), ScenarioJson.Serialize(again));
    }
}
