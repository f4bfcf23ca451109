using Sandbox.Sim.Model;

namespace Sandbox.Sim.Experiments;

/// <summary>Readable agency names for sentences, tables and legends ("debt" → "Debt advice"); unknown keys pass through.</summary>
public static class AgencyTitles
{
    public static string Of(string key) => AgencyKinds.TryParse(key, out var kind)
        ? kind switch
        {
            AgencyKind.Pes => "PES",
            AgencyKind.SocialServices => "Social services",
            AgencyKind.DebtAdvice => "Debt advice",
            _ => kind.ToString(),
        }
        : key;
}
