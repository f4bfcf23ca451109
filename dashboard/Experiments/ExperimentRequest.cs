using Sandbox.Dashboard.Experiments.Research;
using Sandbox.Dashboard.Scenarios;

namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// What the compare and experiments pages send: a scenario, and either levels or saved scenarios to compare, or
/// one parameter with the values to sweep, plus how many replications from which seed. The researchers' kinds
/// (multisweep, sensitivity, decompose, reform, fork, adaptive) add parameter ranges, outputs and their own part.
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

    public IReadOnlyList<RangeRequest>? Ranges { get; init; }

    /// <summary>Outputs to analyse (final-week metric keys or run totals); each kind has defaults.</summary>
    public IReadOnlyList<string>? Outputs { get; init; }

    public DesignRequest? Design { get; init; }
    public SensitivityRequest? Sensitivity { get; init; }
    public DecompositionRequest? Decomposition { get; init; }
    public ReformRequest? Reform { get; init; }
    public ForkRequest? Fork { get; init; }
    public PrecisionRequest? Precision { get; init; }
}
