using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Scenarios;

/// <summary>
/// What the editor receives for a scenario: its file text (to save), its headline facts and every parameter
/// with range and source, grouped as the editor lays them out.
/// </summary>
public sealed record ScenarioDocument(
    string Name,
    string Description,
    string? Level,
    string LevelTitle,
    string Json,
    IReadOnlyList<ParameterGroupView> Groups)
{
    public static ScenarioDocument Of(Scenario scenario) => new(
        scenario.Name,
        scenario.Description,
        LevelOf(scenario)?.Key(),
        LevelOf(scenario)?.Title() ?? "Custom mechanisms",
        ScenarioJson.Serialize(scenario),
        ParameterView.For(scenario)
            .GroupBy(p => p.Group)
            .Select(g => new ParameterGroupView(g.Key, ParameterLabels.Group(g.Key), g.ToArray()))
            .ToArray());

    /// <summary>The scenario's level only while its mechanisms are still that level's bundle; edited mechanisms are "custom".</summary>
    public static IntegrationLevel? LevelOf(Scenario scenario) =>
        scenario.Level is { } level && System.Text.Json.JsonSerializer.Serialize(scenario.Mechanisms, ScenarioJson.Options)
            == System.Text.Json.JsonSerializer.Serialize(LevelPresets.Get(level), ScenarioJson.Options) ? level : null;
}

/// <summary>A titled block of parameters in the editor (mechanisms, population, one agency, …).</summary>
public sealed record ParameterGroupView(string Key, string Title, IReadOnlyList<ParameterView> Parameters);
