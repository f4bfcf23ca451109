namespace Sandbox.Sim.Experiments;

/// <summary>Which way a metric should move for clients and budgets to be better off.</summary>
public enum Better : byte { Higher = 1, Lower = 2 }

/// <summary>
/// The direction of improvement for metric names, so "probability better" and headline wording can be stated
/// for costs and cracks (lower is better) as naturally as for employment (higher is better). Exact names first,
/// then prefixes for families such as <c>cracks.*</c>; metrics that are activity rather than outcome (referrals,
/// caseload, applications) have no direction, because more of them is neither good nor bad in itself.
/// </summary>
public static class MetricDirections
{
    private static readonly Dictionary<string, Better> Exact = new(StringComparer.Ordinal)
    {
        ["employed"] = Better.Higher,
        ["employmentRate"] = Better.Higher,
        ["sustained26"] = Better.Higher,
        ["sustained26Rate"] = Better.Higher,
        ["sustained52"] = Better.Higher,
        ["sustained52Rate"] = Better.Higher,
        ["sustainedJobs26"] = Better.Higher,
        ["sustainedJobs52"] = Better.Higher,
        ["hires"] = Better.Higher,
        ["resolved"] = Better.Higher,
        ["unemployed"] = Better.Lower,
        ["longTermUnemployed"] = Better.Lower,
        ["longTermShare"] = Better.Lower,
        ["outOfService"] = Better.Lower,
        ["separations"] = Better.Lower,
        ["waiting"] = Better.Lower,
        ["dropouts"] = Better.Lower,
        ["repeatAssessments"] = Better.Lower,
        ["duplicateAssessments"] = Better.Lower,
        ["cumulativeCracks"] = Better.Lower,
        ["cumulativeCost"] = Better.Lower,
        ["cumulativeServiceCost"] = Better.Lower,
        ["costPerSustainedJob"] = Better.Lower,
        ["costPerSustainedJobWithBenefits"] = Better.Lower,
    };

    private static readonly (string Prefix, Better Better)[] Prefixes =
    [
        ("cracks.", Better.Lower),
        ("cumulativeCracks.", Better.Lower),
        ("cost.", Better.Lower),
    ];

    public static Better? Of(string metric)
    {
        if (Exact.TryGetValue(metric, out var better)) return better;
        foreach (var (prefix, b) in Prefixes)
            if (metric.StartsWith(prefix, StringComparison.Ordinal)) return b;
        return null;
    }

    /// <summary>P(variant better than baseline) from P(variant larger); NaN when the direction is unknown.</summary>
    public static double ProbabilityBetter(string metric, double probabilityGreater) => Of(metric) switch
    {
        Better.Higher => probabilityGreater,
        Better.Lower => 1 - probabilityGreater,
        _ => double.NaN,
    };
}
