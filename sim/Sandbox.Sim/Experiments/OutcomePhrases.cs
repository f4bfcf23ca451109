namespace Sandbox.Sim.Experiments;

/// <summary>
/// The phrasing of the main outcomes, as data: adding an outcome to the headlines is one entry here, not a new
/// branch in the sentence builder. Rates are quoted relative to the baseline (a share of a share reads badly in
/// percentage points); costs in euros, which is how a budget holder thinks about them.
/// </summary>
public static class OutcomePhrases
{
    public static readonly IReadOnlyList<OutcomePhrase> All =
    [
        new("sustained26Rate", Better.Higher, DifferenceScale.Relative,
            "{variant} places {amount} {direction} clients in sustained work than {baseline}", "more", "fewer",
            "clients in sustained work", "{value} of clients in sustained work (26 weeks or more)",
            "with {amount} {direction} clients in sustained work"),
        new("employmentRate", Better.Higher, DifferenceScale.Relative,
            "{variant} has a {amount} {direction} employment rate than {baseline}", "higher", "lower",
            "the employment rate", "an employment rate of {value}",
            "with a {amount} {direction} employment rate"),
        new("longTermShare", Better.Lower, DifferenceScale.Relative,
            "{variant} has a {amount} {direction} share of long-term unemployed than {baseline}", "higher", "lower",
            "the long-term unemployed share", "{value} of the unemployed out of work for a year or more",
            "with a {amount} {direction} long-term unemployed share"),
        new("cumulativeCracks", Better.Lower, DifferenceScale.Relative,
            "{variant} loses clients between agencies {amount} {direction} than {baseline}", "more often", "less often",
            "clients lost between agencies", "{value} cases of a client lost between agencies",
            "losing clients between agencies {amount} {direction}"),
        new("costPerSustainedJob", Better.Lower, DifferenceScale.Absolute,
            "{variant} spends {amount} {direction} per sustained job than {baseline}", "more", "less",
            "cost per sustained job", "{value} of service spending per sustained job",
            "at {amount} {direction} per sustained job"),
    ];

    /// <summary>The phrase for a metric; metrics not listed get plain "higher/lower" wording under their own name.</summary>
    public static OutcomePhrase For(string metric) =>
        All.FirstOrDefault(p => p.Metric == metric)
        ?? new OutcomePhrase(metric, MetricDirections.Of(metric), DifferenceScale.Relative,
            "{variant} has a {amount} {direction} " + metric + " than {baseline}", "higher", "lower",
            metric, metric + " of {value}", "with a {amount} {direction} " + metric);
}
