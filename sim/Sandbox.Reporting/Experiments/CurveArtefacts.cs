using Sandbox.Sim.Experiments;

namespace Sandbox.Reporting.Experiments;

/// <summary>
/// What every comparison over time gives, whether its variants are levels (compare, adaptive compare), reform
/// paths or fork branches: summaries and paired differences by week, P(X beats Y) for the main outcomes, headline
/// sentences with their confidence notes, the compare charts and fan charts of the headline metric. The caller
/// supplies the title and method, which depend on how the variants were made.
/// </summary>
public static class CurveArtefacts
{
    public static ExperimentArtefacts Build(CompareResult result, int baseline, string metric, int? week, IReadOnlyList<int> tableWeeks,
        string title, string method, string caption)
    {
        var metrics = MainMetrics(result, metric);
        var headlines = Headlines.For(result, baseline, metric, week).ToArray();
        return new ExperimentArtefacts
        {
            Title = title,
            Method = method,
            Headlines = HeadlineLines(result, baseline, metrics, week),
            Tables =
            [
                new("summary", "Summary by week", "Mean, SD and 95% CI per variant, metric and week.",
                    CompareTables.Summary(CompareAggregation.Summaries(result, weeks: tableWeeks))),
                new("differences", $"Differences from {result.Variants[baseline].Label}", "Paired over replications (same seeds), per variant, metric and week.",
                    CompareTables.Differences(CompareAggregation.Differences(result, baseline, weeks: tableWeeks))),
                new("beats", "Probability that one variant beats another", "Posterior probability that the row variant's mean is better (paired t model).",
                    BeatsTables.For(metrics.SelectMany(m => BeatsMatrix.For(result, m, week)).ToArray())),
            ],
            Charts = CompareCharts.All(result, baseline, headlines, caption).Concat(FanCharts.For(result, metric, caption)).ToArray(),
        };
    }

    /// <summary>How a compare of levels or scenarios was made, as its report states it.</summary>
    public static string CompareMethod(CompareResult result) =>
        $"Comparison of {string.Join(", ", result.Variants.Select(v => v.Label))} on {result.ReplicationCount} replications each, with common random numbers "
        + "(replication r uses the same seed in every variant, so variants meet the same people and the same luck). Each metric is summarised per week as a mean "
        + "with a 95% Student-t interval; differences from the baseline are paired replication by replication. P(X beats Y) is the posterior probability that X's "
        + "mean is better, under a normal model of the paired differences with the reference prior; fan charts show the spread of single runs (quantiles over replications).";

    /// <summary>The headline metric first, then the other main outcomes every variant has.</summary>
    public static IReadOnlyList<string> MainMetrics(CompareResult result, string metric) =>
        new[] { metric }.Concat(OutcomePhrases.All.Select(p => p.Metric).Where(m => m != metric))
            .Where(m => Enumerable.Range(0, result.Variants.Count).All(v => result.LayoutOf(v).Contains(m))).ToArray();

    /// <summary>The headline metric (with its cost clause) first, then each other main outcome; a blank line between metrics.</summary>
    private static IReadOnlyList<string> HeadlineLines(CompareResult result, int baseline, IReadOnlyList<string> metrics, int? week)
    {
        var lines = new List<string>();
        string baseLabel = result.Variants[baseline].Label;
        for (int i = 0; i < metrics.Count; i++)
        {
            if (i > 0) lines.Add("");
            string? companion = i == 0 && metrics[i] != Headlines.DefaultCompanion ? Headlines.DefaultCompanion : null;
            lines.AddRange(Headlines.For(result, baseline, metrics[i], week, companion).Select(h => ConfidenceNotes.WithNote(h, baseLabel)));
        }
        return lines;
    }
}
