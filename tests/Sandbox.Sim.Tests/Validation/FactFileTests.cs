using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Measures;

namespace Sandbox.Sim.Tests.Validation;

/// <summary>Fact files are checked before anything runs, and cannot tune the model for one fact.</summary>
public class FactFileTests
{
    private const string Valid = """
        {
          "id": "t", "fact": 3, "title": "T", "source": "S", "scenario": "baseline",
          "checks": [ { "id": "c", "statement": "s", "measure": { "kind": "exitWithin", "weeks": 26 }, "target": 0.75, "tolerance": 0.1 } ]
        }
        """;

    private static FactFileException Rejected(string json) => Assert.Throws<FactFileException>(() => FactLibrary.Parse(json, "t.json"));

    [Fact]
    public void Every_shipped_fact_file_parses_and_compiles()
    {
        var facts = FactLibrary.All();
        Assert.NotEmpty(facts);
        foreach (var f in facts)
        {
            Assert.All(f.Checks, c => Assert.NotNull(MeasureCatalog.Create(c.Measure)));
            Assert.All(f.Checks, c => Assert.InRange(c.Band.Target, c.Band.Low, c.Band.High));
        }
        Assert.Equal(facts.Count, facts.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void Fact_files_are_not_scenarios()
    {
        Assert.DoesNotContain(Sandbox.Sim.Scenarios.ScenarioLibrary.Names(), n => n.StartsWith("validation/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_valid_file_parses()
    {
        var f = FactLibrary.Parse(Valid, "t.json");
        Assert.Equal(new TargetBand(0.75, 0.65, 0.85), f.Checks[0].Band with { Low = Math.Round(f.Checks[0].Band.Low, 9), High = Math.Round(f.Checks[0].Band.High, 9) });
    }

    [Fact]
    public void A_contrast_may_not_change_behaviour()
    {
        var e = Rejected(Valid.Replace("\"scenario\": \"baseline\",", "\"scenario\": \"baseline\", \"contrast\": { \"set\": { \"services.treatmentDropout\": \"0.01\" } },"));
        Assert.Equal("contrast.set.services.treatmentDropout", e.Field);
        Assert.Contains("t.json", e.Message);
    }

    [Fact]
    public void A_contrast_may_change_mechanisms_and_staffing()
    {
        var f = FactLibrary.Parse(Valid.Replace("\"scenario\": \"baseline\",",
            "\"scenario\": \"baseline\", \"contrast\": { \"set\": { \"mechanisms.followUp\": \"all\", \"agencies.pes.staff\": \"20\" } },"), "t.json");
        Assert.Equal(2, f.Contrast!.Set.Count);
    }

    [Theory]
    [InlineData("\"kind\": \"exitWithin\", \"weeks\": 26", "\"kind\": \"exitRate\", \"weeks\": 26", "checks[0].measure.kind")]
    [InlineData("\"kind\": \"exitWithin\", \"weeks\": 26", "\"kind\": \"exitWithin\", \"weeks\": 26, \"pathway\": 2", "checks[0].measure.pathway")]
    [InlineData("\"kind\": \"exitWithin\", \"weeks\": 26", "\"kind\": \"exitWithin\"", "checks[0].measure.weeks")]
    [InlineData("\"kind\": \"exitWithin\", \"weeks\": 26", "\"kind\": \"referralOddsRatio\"", "checks[0].measure")]
    [InlineData("\"tolerance\": 0.1", "\"range\": [0.9, 0.8]", "checks[0].range")]
    [InlineData("\"scenario\": \"baseline\"", "\"scenario\": \"nowhere\"", "scenario")]
    [InlineData("\"target\": 0.75", "\"target\": 0.75, \"role\": \"reference\"", "checks[0].note")]
    public void A_bad_field_is_named(string from, string to, string field)
    {
        Assert.Equal(field, Rejected(Valid.Replace(from, to)).Field);
    }
}
