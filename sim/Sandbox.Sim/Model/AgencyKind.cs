namespace Sandbox.Sim.Model;

/// <summary>The agencies of the mission: PES and the partner services it refers to.</summary>
public enum AgencyKind : byte { Pes = 0, SocialServices = 1, Health = 2, Housing = 3, Training = 4, DebtAdvice = 5 }

public static class AgencyKinds
{
    public const int Count = 6;

    public static string Key(this AgencyKind a) => a switch
    {
        AgencyKind.Pes => "pes",
        AgencyKind.SocialServices => "social",
        AgencyKind.Health => "health",
        AgencyKind.Housing => "housing",
        AgencyKind.Training => "training",
        AgencyKind.DebtAdvice => "debt",
        _ => throw new ArgumentOutOfRangeException(nameof(a)),
    };

    public static bool TryParse(string text, out AgencyKind kind)
    {
        foreach (AgencyKind k in Enum.GetValues<AgencyKind>())
            if (string.Equals(k.Key(), text, StringComparison.OrdinalIgnoreCase) || string.Equals(k.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        kind = default;
        return false;
    }
}
