using Sandbox.Sim.Analysis;
using Sandbox.Sim.Metrics;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Summaries of a comparison: per variant, metric column and week the mean with a t interval, and per variant
/// the paired difference from a baseline. Everything is read from the (variant, replication) slots in index
/// order, so the numbers do not depend on which thread finished which run first.
/// </summary>
public static class CompareAggregation
{
    /// <summary>One variant's column at one week (1-based, see <see cref="MetricSummary.Week"/>).</summary>
    public static Summary Summarise(CompareResult result, int variant, int column, int week, double confidence = 0.95)
    {
        CheckWeek(result, week);
        return Summary.Summarise(result.Sample(variant, column, week - 1), confidence);
    }

    /// <summary>Every variant × column × week (or only <paramref name="weeks"/>, 1-based), in that order.</summary>
    public static IReadOnlyList<MetricSummary> Summaries(CompareResult result, double confidence = 0.95, IReadOnlyList<int>? weeks = null)
    {
        var chosen = WeeksOf(result, weeks);
        var list = new List<MetricSummary>();
        var buffer = new double[result.ReplicationCount];
        for (int v = 0; v < result.Variants.Count; v++)
        {
            var layout = result.LayoutOf(v);
            string name = result.Variants[v].Name;
            for (int c = 0; c < layout.Count; c++)
                foreach (int w in chosen)
                {
                    result.Sample(v, c, w - 1, buffer);
                    list.Add(new MetricSummary(name, layout.Columns[c], w, Summary.Summarise(buffer, confidence)));
                }
        }
        return list;
    }

    /// <summary>
    /// A variant minus the baseline for one column and week, replication i paired with replication i. The column
    /// is matched by metric, group and agency, since variants with different agencies number columns differently.
    /// </summary>
    public static MetricDifference Difference(CompareResult result, int variant, int baseline, MetricColumn column, int week,
        double confidence = 0.95)
    {
        CheckWeek(result, week);
        int a = result.LayoutOf(variant).IndexOf(column.Metric, column.Group, column.Agency);
        int b = result.LayoutOf(baseline).IndexOf(column.Metric, column.Group, column.Agency);
        return Pair(result, variant, baseline, column, a, b, week, new double[result.ReplicationCount], new double[result.ReplicationCount], confidence);
    }

    /// <summary>
    /// Every other variant against the baseline, for the columns both have, in variant × column × week order.
    /// </summary>
    public static IReadOnlyList<MetricDifference> Differences(CompareResult result, int baseline, double confidence = 0.95,
        IReadOnlyList<int>? weeks = null)
    {
        var chosen = WeeksOf(result, weeks);
        if ((uint)baseline >= (uint)result.Variants.Count)
            throw new ArgumentOutOfRangeException(nameof(baseline), baseline, $"There are {result.Variants.Count} variants.");
        var list = new List<MetricDifference>();
        var bufA = new double[result.ReplicationCount];
        var bufB = new double[result.ReplicationCount];
        var baseLayout = result.LayoutOf(baseline);
        for (int v = 0; v < result.Variants.Count; v++)
        {
            if (v == baseline) continue;
            var layout = result.LayoutOf(v);
            for (int c = 0; c < layout.Count; c++)
            {
                var column = layout.Columns[c];
                if (!baseLayout.Contains(column.Metric, column.Group, column.Agency)) continue;
                int b = baseLayout.IndexOf(column.Metric, column.Group, column.Agency);
                foreach (int w in chosen)
                    list.Add(Pair(result, v, baseline, column, c, b, w, bufA, bufB, confidence));
            }
        }
        return list;
    }

    private static MetricDifference Pair(CompareResult result, int variant, int baseline, MetricColumn column, int a, int b, int week,
        double[] bufA, double[] bufB, double confidence)
    {
        result.Sample(variant, a, week - 1, bufA);
        result.Sample(baseline, b, week - 1, bufB);
        var d = PairedDifference.Compare(bufA, bufB, confidence);
        return new MetricDifference(result.Variants[variant].Name, result.Variants[baseline].Name, column, week, d,
            MetricDirections.ProbabilityBetter(column.Metric, d.ProbabilityAGreater));
    }

    /// <summary>
    /// Weeks 1, 1 + every, 1 + 2·every, … and always the final week: thinned tables for long runs that still end
    /// on the week headlines quote.
    /// </summary>
    public static IReadOnlyList<int> EveryNthWeek(int weeks, int every)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        var list = new List<int>();
        for (int w = 1; w <= weeks; w += every) list.Add(w);
        if (list.Count == 0 || list[^1] != weeks) list.Add(weeks);
        return list;
    }

    private static IReadOnlyList<int> WeeksOf(CompareResult result, IReadOnlyList<int>? weeks)
    {
        if (weeks is null) return Enumerable.Range(1, result.Weeks).ToArray();
        foreach (int w in weeks) CheckWeek(result, w);
        return weeks;
    }

    private static void CheckWeek(CompareResult result, int week)
    {
        if (week < 1 || week > result.Weeks)
            throw new ArgumentOutOfRangeException(nameof(week), week, $"Weeks run from 1 to {result.Weeks}.");
    }
}
