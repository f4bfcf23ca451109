namespace Sandbox.Reporting.Experiments;

/// <summary>
/// The outputs each experiment analyses when none are chosen, shared by the CLI's flags and the dashboard's
/// forms so both report the same things by default.
/// </summary>
public static class DefaultOutputs
{
    /// <summary>The headline outcomes and the service cost.</summary>
    public static readonly IReadOnlyList<string> Sweep =
        ["sustained26Rate", "employmentRate", "longTermShare", "cumulativeCracks", "cumulativeServiceCost", "costPerSustainedJob"];

    /// <summary>Few, because every output costs a full analysis (and Sobol' a bootstrap).</summary>
    public static readonly IReadOnlyList<string> Sensitivity = ["sustained26Rate", "cumulativeServiceCost"];

    /// <summary>Outcome, the two costs and the cracks: what a decomposition shares out.</summary>
    public static readonly IReadOnlyList<string> Decomposition = ["sustained26Rate", "cumulativeServiceCost", "cumulativeCracks", "cumulativeCost"];
}
