namespace Sandbox.Sim.Validation;

/// <summary>
/// The second arm of a two-arm fact: what the published study varied (a follow-up protocol, caseworker
/// staffing, an integration level), and nothing else. Only mechanism settings, the level and agency staffing
/// may change here; behavioural effect sizes may not, so a contrast can never tune the model for one fact.
/// </summary>
public sealed class ContrastSpec
{
    /// <summary>A short label for the arm in reports, e.g. "with protocol".</summary>
    public string Name { get; set; } = "contrast";

    public string? Level { get; set; }

    /// <summary>Parameter paths and values, e.g. { "mechanisms.followUp": "all", "agencies.pes.staff": "24" }.</summary>
    public Dictionary<string, string> Set { get; set; } = [];
}
