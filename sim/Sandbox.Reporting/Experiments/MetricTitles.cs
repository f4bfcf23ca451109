using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;

namespace Sandbox.Reporting.Experiments;

/// <summary>
/// Human titles and chart scaling for metric names. Shares are drawn as percentages and euros as euros; the
/// titles are the ones a reader of a report expects, not the camelCase keys of the tables.
/// </summary>
public static class MetricTitles
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["employmentRate"] = "Employment rate",
        ["sustained26Rate"] = "In sustained work (26+ weeks)",
        ["sustained52Rate"] = "In sustained work (52+ weeks)",
        ["longTermShare"] = "Long-term unemployed share",
        ["cumulativeCracks"] = "Clients lost between agencies (cumulative)",
        ["cumulativeCost"] = "Cumulative cost, all agencies incl. benefits",
        ["cumulativeServiceCost"] = "Cumulative service cost",
        ["costPerSustainedJob"] = "Service cost per sustained job",
        ["costPerSustainedJobWithBenefits"] = "Cost per sustained job incl. benefits",
        ["waiting"] = "Waiting list",
        ["unemployed"] = "Unemployed",
        ["employed"] = "Employed",
    };

    public static string Of(string metric)
    {
        if (Titles.TryGetValue(metric, out var title)) return title;
        foreach (var kind in CrackKinds.All)
            if (metric == "cumulativeCracks." + kind.Key()) return kind.Title();
        return metric;
    }

    /// <summary>
    /// What a sentence calls an output mid-sentence: the headline phrase's topic for the main outcomes ("clients in
    /// sustained work"), else the title in lower case; a group or agency column adds it in brackets.
    /// </summary>
    public static string Topic(string output)
    {
        string metric = SweepAnalysis.BaseMetric(output);
        var phrase = OutcomePhrases.All.FirstOrDefault(p => p.Metric == metric);
        string title = Of(metric);
        string topic = phrase?.Topic ?? (title == metric ? metric : char.ToLowerInvariant(title[0]) + title[1..]);
        if (output.StartsWith(RunOutputs.TotalPrefix, StringComparison.Ordinal)) topic = "total " + topic;
        int bracket = output.IndexOf('[');
        return bracket < 0 ? topic : $"{topic} ({output[(bracket + 1)..].TrimEnd(']')})";
    }

    /// <summary>A readable agency name for a column's agency key ("debt" → "Debt advice").</summary>
    public static string Agency(string key) => AgencyTitles.Of(key);

    /// <summary>Factor and axis label for drawing a unit: shares ×100 as "%".</summary>
    public static (double Factor, string Label) Scale(MetricColumn column) => column.Unit switch
    {
        var u when u.StartsWith("share", StringComparison.Ordinal) => (100, "%" + u["share".Length..]),
        "EUR" => (1, "EUR"),
        "cumulative" => (1, "count (cumulative)"),
        var u => (1, u),
    };
}
