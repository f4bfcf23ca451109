namespace Sandbox.Dashboard.Compare;

/// <summary>An outcome the compare page offers, with the direction in which it is better.</summary>
public sealed record CompareMetric(string Key, string Title, string Unit, bool HigherIsBetter, string Phrase);

/// <summary>
/// The outcomes a policymaker compares levels on: employment, sustained work, long-term unemployment, cracks and
/// costs. Every key is a system-wide metric column of the model, so nothing here is computed differently.
/// </summary>
public static class CompareMetrics
{
    public static readonly IReadOnlyList<CompareMetric> All =
    [
        new("sustained26Rate", "In sustained work (26+ weeks)", "share", true, "clients in sustained work"),
        new("employmentRate", "In work", "share", true, "clients in work"),
        new("longTermShare", "Long-term unemployed", "share of unemployed", false, "long-term unemployment"),
        new("cumulativeCracks", "Fell through the cracks (total)", "events", false, "cracks"),
        new("costPerSustainedJob", "Service cost per sustained job", "EUR", false, "cost per sustained job"),
        new("cumulativeServiceCost", "Service cost so far", "EUR", false, "service cost"),
        new("sustainedJobs26", "Sustained jobs so far", "jobs", true, "sustained jobs"),
        new("outOfService", "Looking for work with no agency", "people", false, "people without an agency"),
    ];

    public static CompareMetric Find(string? key) =>
        All.FirstOrDefault(m => string.Equals(m.Key, key, StringComparison.OrdinalIgnoreCase))
        ?? throw new Api.ApiErrorException(Api.ApiError.Invalid("metric", key ?? "(missing)", string.Join(", ", All.Select(m => m.Key))));
}
