using System.Text.Json.Nodes;
using Sandbox.Cli.Output;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Tests;

/// <summary>
/// scenarios/PARAMETERS.md and scenarios/scenario.schema.json are generated; these tests fail when the committed
/// copies lag the parameter declarations. Regenerate with
/// <c>sandbox params --markdown --out scenarios/PARAMETERS.md</c> and <c>sandbox schema --out scenarios/scenario.schema.json</c>.
/// </summary>
public class GeneratedFilesTests
{
    private static string Committed(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "scenarios", name));

    [Fact]
    public void Parameters_md_is_up_to_date() => Assert.Equal(ParameterMarkdown.Build(), Committed("PARAMETERS.md"));

    [Fact]
    public void Scenario_schema_is_up_to_date() => Assert.Equal(ScenarioSchema.Build(), Committed("scenario.schema.json"));

    [Fact]
    public void Params_markdown_prints_the_same_text()
    {
        var result = Cli.Invoke("params", "--markdown");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ParameterMarkdown.Build(), result.Out);
        Assert.Equal(0, Cli.Invoke("params").ExitCode);
    }

    [Fact]
    public void Every_catalog_parameter_has_a_row_with_its_range()
    {
        var md = ParameterMarkdown.Build();
        foreach (var p in ParameterCatalog.For(ScenarioLibrary.BaselineScenario()))
            Assert.Contains($"| `{p.Path}` | ", md);
        Assert.Contains("| `population.initialStock` | 5000 | 10 to 2000000 | jobseekers |", md);
    }

    [Fact]
    public void Schema_is_draft_2020_12_and_covers_every_field_of_a_scenario_file()
    {
        var result = Cli.Invoke("schema");
        Assert.Equal(0, result.ExitCode);
        var schema = JsonNode.Parse(result.Out)!.AsObject();
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);

        var stock = schema["properties"]!["population"]!["properties"]!["initialStock"]!;
        Assert.Equal("integer", (string?)stock["type"]);
        Assert.Equal(10, (long)stock["minimum"]!);
        Assert.Equal(2_000_000, (long)stock["maximum"]!);
        Assert.Contains("Source:", (string?)stock["description"]);
        var followUp = schema["properties"]!["mechanisms"]!["properties"]!["followUp"]!;
        Assert.Equal(["none", "targetGroup", "all"], followUp["enum"]!.AsArray().Select(n => (string?)n));

        foreach (var name in ScenarioLibrary.Names())
        {
            var scenario = JsonNode.Parse(ScenarioJson.Serialize(ScenarioLibrary.Load(name)))!.AsObject();
            AssertCovered(scenario, schema, name + ": ");
        }
    }

    [Fact]
    public void Scenarios_lists_the_embedded_names()
    {
        var result = Cli.Invoke("scenarios");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("baseline", result.Out);
        Assert.Contains("levels/full-integration", result.Out);
    }

    /// <summary>Every key a serialised scenario has is declared by the schema, recursively through objects and arrays.</summary>
    private static void AssertCovered(JsonNode value, JsonNode schema, string path)
    {
        switch (value)
        {
            case JsonObject obj when schema["properties"] is JsonObject properties:
                foreach (var (key, child) in obj)
                {
                    Assert.True(properties.ContainsKey(key), $"schema lacks '{path}{key}'");
                    if (properties[key]?["enum"] is JsonArray allowed && child is JsonValue v)
                        Assert.Contains(v.ToJsonString(), allowed.Select(a => a!.ToJsonString()));
                    if (child is not null) AssertCovered(child, properties[key]!, path + key + ".");
                }
                break;
            case JsonArray array when schema["items"] is { } items:
                foreach (var item in array) if (item is not null) AssertCovered(item, items, path);
                break;
        }
    }
}
