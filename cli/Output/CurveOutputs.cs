using Sandbox.Sim.Experiments;
using Spectre.Console;

namespace Sandbox.Cli.Output;

/// <summary>
/// What every comparison over time writes, whether its variants are levels (compare), reform paths (reform) or
/// branches (fork): summaries and paired differences by week, P(X beats Y) for the main outcomes, headline
/// sentences with their confidence notes, the compare charts and fan charts of the headline metric.
/// </summary>
public static class CurveOutputs
{
    /// <returns>The headline lines: the headline metric (with its cost clause) first, then each other main outcome; a blank line between metrics.</returns>
    public static IReadOnlyList<string> Write(ProgressContext ctx, ExperimentSession session, CompareResult result, int baseline, string metric,
        int? week, IReadOnlyList<int> tableWeeks)
    {
        var writing = ctx.AddTask("Summarising and writing tables", maxValue: 3);
        session.Table(CompareTables.Summary(CompareAggregation.Summaries(result, weeks: tableWeeks)), "summary", "Summary by week",
            "Mean, SD and 95% CI per variant, metric and week.");
        writing.Increment(1);
        session.Table(CompareTables.Differences(CompareAggregation.Differences(result, baseline, weeks: tableWeeks)), "differences",
            $"Differences from {result.Variants[baseline].Label}", "Paired over replications (same seeds), per variant, metric and week.");
        writing.Increment(1);
        var metrics = MainMetrics(result, metric);
        session.Table(BeatsTables.For(metrics.SelectMany(m => BeatsMatrix.For(result, m, week)).ToArray()), "beats",
            "Probability that one variant beats another", "Posterior probability that the row variant's mean is better (paired t model).");
        writing.Increment(1);
        var headlines = Headlines.For(result, baseline, metric, week).ToArray();
        session.Charts(ctx, CompareCharts.All(result, baseline, headlines, session.Caption).Concat(FanCharts.For(result, metric, session.Caption)).ToArray());
        return HeadlineLines(result, baseline, metrics, week);
    }

    /// <summary>The headline metric first, then the other main outcomes every variant has.</summary>
    public static IReadOnlyList<string> MainMetrics(CompareResult result, string metric) =>
        new[] { metric }.Concat(OutcomePhrases.All.Select(p => p.Metric).Where(m => m != metric))
            .Where(m => Enumerable.Range(0, result.Variants.Count).All(v => result.LayoutOf(v).Contains(m))).ToArray();

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
