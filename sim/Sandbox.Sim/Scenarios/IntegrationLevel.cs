namespace Sandbox.Sim.Scenarios;

/// <summary>The four rungs of the ILO continuum (002, "Joined-up employment services in practice").</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(IntegrationLevelJsonConverter))]
public enum IntegrationLevel { CoLocation = 1, Mainstreamed = 2, JointPlanning = 3, FullIntegration = 4 }

public static class IntegrationLevels
{
    public static readonly IntegrationLevel[] All =
        [IntegrationLevel.CoLocation, IntegrationLevel.Mainstreamed, IntegrationLevel.JointPlanning, IntegrationLevel.FullIntegration];

    /// <summary>Short, file-friendly names used by scenario files and the CLI (--levels).</summary>
    public static string Key(this IntegrationLevel level) => level switch
    {
        IntegrationLevel.CoLocation => "co-location",
        IntegrationLevel.Mainstreamed => "mainstreamed",
        IntegrationLevel.JointPlanning => "joint-planning",
        IntegrationLevel.FullIntegration => "full-integration",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static string Title(this IntegrationLevel level) => level switch
    {
        IntegrationLevel.CoLocation => "Co-location with basic referral",
        IntegrationLevel.Mainstreamed => "Mainstreamed interventions",
        IntegrationLevel.JointPlanning => "Joint planning",
        IntegrationLevel.FullIntegration => "Full integration",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static bool TryParse(string text, out IntegrationLevel level)
    {
        foreach (var l in All)
            if (string.Equals(l.Key(), text, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(l.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                level = l;
                return true;
            }
        level = default;
        return false;
    }
}
