using Sandbox.Dashboard.Workshop;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Tests.Workshop;

/// <summary>The shipped workshops and the workshop file format's checks.</summary>
public sealed class WorkshopPlanTests
{
    public static TheoryData<string> Names() => new(WorkshopLibrary.Names());

    [Fact]
    public void The_three_promised_workshops_ship()
    {
        Assert.Equal(["cost-of-full-integration", "cracks-co-location", "joint-diagnosis"], WorkshopLibrary.Names());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_shipped_workshop_loads_has_a_script_and_finds_the_client_it_describes(string name)
    {
        var plan = WorkshopLibrary.Load(name);
        Assert.StartsWith("# ", WorkshopLibrary.Script(plan));
        Assert.True(plan.Polls.Count >= 2, "a workshop needs predictions to reveal");
        var scenario = ScenarioLibrary.Load(plan.Scenario);
        Assert.NotEmpty(scenario.Sources);
        var spec = plan.Spotlight!;
        int client = SpotlightFinder.Find(spec, scenario);
        var snapshot = ModelSnapshot.Simulate(scenario, spec.ByWeek);
        var record = snapshot.Clients[client];
        Assert.Contains(record.Events, e => e.Kind == spec.Event);
        if (spec.Female is { } female) Assert.Equal(female, record.Female);
    }

    [Fact]
    public void Spotlight_for_the_co_location_workshop_is_someone_whose_debt_advice_referral_never_arrived()
    {
        var plan = WorkshopLibrary.Load("cracks-co-location");
        var scenario = ScenarioLibrary.Load(plan.Scenario);
        int client = SpotlightFinder.Find(plan.Spotlight!, scenario);
        var snapshot = ModelSnapshot.Simulate(scenario, 52);
        int debt = Array.FindIndex(snapshot.P.Agencies, a => a.Kind == AgencyKind.DebtAdvice);
        Assert.Contains(snapshot.Clients[client].Events, e => e.Kind == JourneyEventKind.ReferralLost && e.Agency == debt);
        // The first such client: nobody with a lower number has that story.
        Assert.DoesNotContain(snapshot.Clients.Take(client), c => c.Female && c.Events.Any(e => e.Kind == JourneyEventKind.ReferralLost && e.Agency == debt));
    }

    [Theory]
    [InlineData("""{ "title": "t", "scenario": "workshops/cracks-co-location", "polls": [ { "id": "a", "question": "q", "kind": "number", "measure": "lostPer100", "week": 500 } ] }""", "polls[0].week", "500", "a whole number from 1 to 104")]
    [InlineData("""{ "title": "t", "scenario": "workshops/cracks-co-location", "polls": [ { "id": "a", "question": "q", "kind": "guess", "measure": "lostPer100" } ] }""", "polls[0].kind", "guess", "level or number")]
    [InlineData("""{ "title": "t", "scenario": "workshops/cracks-co-location", "polls": [ { "id": "a", "question": "q", "kind": "level", "measure": "happiness" } ] }""", "polls[0].measure", "happiness", "one of lostPer100")]
    [InlineData("""{ "title": "t", "scenario": "workshops/cracks-co-location", "spotlight": { "name": "A", "event": "teleported" } }""", "spotlight.event", "teleported", "one of entered")]
    [InlineData("""{ "title": "t", "scenario": "workshops/cracks-co-location", "colour": "blue" }""", "colour", "(unknown field)", "a known field (title")]
    [InlineData("""{ "scenario": "workshops/cracks-co-location" }""", "title", "(missing)", "a text")]
    [InlineData("""{ "title": "t", "scenario": "workshops/cracks-co-location", "weeksPerSecond": 0 }""", "weeksPerSecond", "0", "a number from 0.25 to 20")]
    public void A_bad_workshop_file_is_refused_naming_the_field_value_and_range(string json, string field, string value, string allowed)
    {
        var e = Assert.Throws<ScenarioValidationException>(() => WorkshopPlanReader.Parse("test", json, ScenarioLibrary.Load));
        Assert.Equal(field, e.Field);
        Assert.Equal(value, e.Value);
        Assert.StartsWith(allowed, e.Allowed);
    }
}
