using Sandbox.Dashboard.Scenarios;

namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// What the compare and experiments pages send: a scenario, and either levels or saved scenarios to compare, or
/// one parameter with the values to sweep, plus how many replications from which seed.
/// </summary>
public sealed record ExperimentRequest
{
    public string Kind { get; init; } = "compare";
    public string? Name { get; init; }
    public ScenarioRequest Scenario { get; init; } = new();
    public IReadOnlyList<string>? Levels { get; init; }
    public IReadOnlyList<string>? Saved { get; init; }
    public string? SweepPath { get; init; }
    public IReadOnlyList<double>? SweepValues { get; init; }
    public int Replications { get; init; } = 10;
    public long BaseSeed { get; init; } = 1;
}
