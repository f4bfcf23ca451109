using Sandbox.Sim.Experiments;

namespace Sandbox.Dashboard.Compare;

/// <summary>An outcome the compare page offers: the model's metric name, a title for people, and its unit.</summary>
public sealed record CompareMetric(string Key, string Title, string Unit, bool HigherIsBetter);

/// <summary>
/// The outcomes a policymaker compares levels on: employment, sustained work, long-term unemployment, cracks and
/// costs. Every key is a system-wide metric column of the model, and which way is better comes from the shared
/// <see cref="MetricDirections"/>, so the page, the CLI and the headlines agree.
/// </summary>
public static class CompareMetrics
{
    public static readonly IReadOnlyList<CompareMetric> All =
    [
        Of("sustained26Rate", "In sustained work (26+ weeks)", "share"),
        Of("employmentRate", "In work", "share"),
        Of("longTermShare", "Long-term unemployed", "share of unemployed"),
        Of("cumulativeCracks", "Fell through the cracks (total)", "events"),
        Of("costPerSustainedJob", "Service cost per sustained job", "EUR"),
        Of("cumulativeServiceCost", "Service cost so far", "EUR"),
        Of("sustainedJobs26", "Sustained jobs so far", "jobs"),
        Of("outOfService", "Looking for work with no agency", "people"),
    ];

    public static CompareMetric Find(string? key) =>
        All.FirstOrDefault(m => string.Equals(m.Key, key, StringComparison.OrdinalIgnoreCase))
        ?? throw new Api.ApiErrorException(Api.ApiError.Invalid("metric", key ?? "(missing)", string.Join(", ", All.Select(m => m.Key))));

    private static CompareMetric Of(string key, string title, string unit) => new(key, title, unit, MetricDirections.Of(key) == Better.Higher);
}
