using System.Text;

namespace Sandbox.Dashboard.Scenarios;

/// <summary>
/// Plain-language names for parameter paths and groups. Most are the field name spelled out ("weeklyInflow" →
/// "Weekly inflow"); the few whose field name means nothing to a policymaker get a label of their own.
/// </summary>
public static class ParameterLabels
{
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["coLocation"] = "Services under one roof",
        ["followUp"] = "Referral follow-up protocol",
        ["sharedRecord"] = "Shared client record",
        ["jointDiagnosis"] = "Joint diagnosis at first contact",
        ["caseManager"] = "Case manager throughout",
        ["treatmentOrder"] = "Order of treatment",
        ["pooledBudget"] = "Pooled budget",
        ["employerInvolvement"] = "Employer involvement",
        ["competition"] = "Competition between providers",
        ["coordinationHours"] = "Coordination time",
        ["itCostPerYear"] = "Shared IT running cost",
        ["targetGroupMinBarriers"] = "Target group: barriers needed",
        ["initialStock"] = "Jobseekers at the start",
        ["weeklyInflow"] = "New jobseekers per week",
        ["caseloadPerStaff"] = "Caseload per staff member",
        ["budgetPerYear"] = "Annual budget",
        ["staff"] = "Staff (full-time equivalent)",
        ["seed"] = "Random seed",
        ["weeks"] = "Weeks to simulate",
    };

    private static readonly Dictionary<string, string> Groups = new(StringComparer.Ordinal)
    {
        ["run"] = "Run",
        ["mechanisms"] = "Integration mechanisms",
        ["population"] = "Population",
        ["labourMarket"] = "Labour market",
        ["services"] = "Services and behaviour",
        ["retention"] = "Job retention",
        ["costs"] = "Costs",
        ["agencies.pes"] = "Agency: public employment service",
        ["agencies.social"] = "Agency: social services",
        ["agencies.health"] = "Agency: health service",
        ["agencies.housing"] = "Agency: housing service",
        ["agencies.training"] = "Agency: training provider",
        ["agencies.debt"] = "Agency: debt advice",
    };

    public static string Label(string path)
    {
        string tail = path[(path.LastIndexOf('.') + 1)..];
        if (path.Contains(".prevalence.", StringComparison.Ordinal)) return "Share with " + Words(tail).ToLowerInvariant() + " barrier";
        return Named.TryGetValue(tail, out var label) ? label : Capitalise(Words(tail));
    }

    public static string Group(string group) => Groups.TryGetValue(group, out var title) ? title : Capitalise(Words(group));

    /// <summary>"meanEntryDurationWeeks" → "mean entry duration weeks".</summary>
    public static string Words(string camel)
    {
        var sb = new StringBuilder(camel.Length + 8);
        foreach (char c in camel)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append(' ');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
