using Sandbox.Sim.Experiments;

namespace Sandbox.Reporting.Experiments;

/// <summary>
/// Aggregated comparison results as tidy tables (summary.csv, differences.csv). Column names are snake_case
/// and fixed, so notebooks written against one run keep working on the next.
/// </summary>
public static class CompareTables
{
    public static TidyTable Summary(IReadOnlyList<MetricSummary> rows)
    {
        int n = rows.Count;
        var variant = new string[n];
        var week = new int[n];
        var metric = new string[n];
        var group = new string[n];
        var agency = new string[n];
        var count = new int[n];
        var mean = new double[n];
        var sd = new double[n];
        var low = new double[n];
        var high = new double[n];
        for (int i = 0; i < n; i++)
        {
            var r = rows[i];
            (variant[i], week[i], metric[i], group[i], agency[i]) = (r.Variant, r.Week, r.Column.Metric, r.Column.Group, r.Column.Agency);
            (count[i], mean[i], sd[i], low[i], high[i]) = (r.Summary.N, r.Summary.Mean, r.Summary.StdDev, r.Summary.Lower, r.Summary.Upper);
        }
        return new TidyTable()
            .AddColumn("variant", variant).AddColumn("week", week).AddColumn("metric", metric).AddColumn("group", group)
            .AddColumn("agency", agency).AddColumn("n", count).AddColumn("mean", mean).AddColumn("sd", sd)
            .AddColumn("ci_low", low).AddColumn("ci_high", high);
    }

    public static TidyTable Differences(IReadOnlyList<MetricDifference> rows)
    {
        int n = rows.Count;
        var variant = new string[n];
        var baseline = new string[n];
        var week = new int[n];
        var metric = new string[n];
        var group = new string[n];
        var agency = new string[n];
        var count = new int[n];
        var diff = new double[n];
        var low = new double[n];
        var high = new double[n];
        var rel = new double[n];
        var relLow = new double[n];
        var relHigh = new double[n];
        var better = new double[n];
        var greater = new double[n];
        for (int i = 0; i < n; i++)
        {
            var r = rows[i];
            var d = r.Difference;
            (variant[i], baseline[i], week[i], metric[i], group[i], agency[i]) = (r.Variant, r.Baseline, r.Week, r.Column.Metric, r.Column.Group, r.Column.Agency);
            (count[i], diff[i], low[i], high[i]) = (d.N, d.Difference.Mean, d.Difference.Lower, d.Difference.Upper);
            (rel[i], relLow[i], relHigh[i], better[i], greater[i]) = (d.RelativePercent, d.RelativeLowerPercent, d.RelativeUpperPercent, r.ProbabilityBetter, d.ProbabilityAGreater);
        }
        return new TidyTable()
            .AddColumn("variant", variant).AddColumn("baseline", baseline).AddColumn("week", week).AddColumn("metric", metric)
            .AddColumn("group", group).AddColumn("agency", agency).AddColumn("n", count)
            .AddColumn("diff_mean", diff).AddColumn("diff_ci_low", low).AddColumn("diff_ci_high", high)
            .AddColumn("relative_pct", rel).AddColumn("relative_ci_low_pct", relLow).AddColumn("relative_ci_high_pct", relHigh)
            .AddColumn("prob_better", better).AddColumn("prob_greater", greater);
    }
}
