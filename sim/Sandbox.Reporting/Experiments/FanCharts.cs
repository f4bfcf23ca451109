using Sandbox.Sim.Experiments;

namespace Sandbox.Reporting.Experiments;

/// <summary>
/// Fan charts of one metric, one per variant: the median run with the middle 50% and middle 90% of runs shaded.
/// They show the spread of single outcomes a decision-maker might see, where the confidence-band charts show how
/// well the mean is known. With fewer than five replications the quantiles mean little, so none are drawn.
/// </summary>
public static class FanCharts
{
    public const int MinReplications = 5;

    public static IReadOnlyList<(string Name, ChartSpec Chart)> For(CompareResult result, string metric, string caption)
    {
        if (result.ReplicationCount < MinReplications) return [];
        var list = new List<(string, ChartSpec)>();
        for (int v = 0; v < result.Variants.Count; v++)
        {
            var layout = result.LayoutOf(v);
            if (!layout.Contains(metric)) continue;
            var (factor, unit) = MetricTitles.Scale(layout.Columns[layout.IndexOf(metric)]);
            var bands = FanBands.For(result, v, metric);
            if (bands.Count == 0) continue;
            double[] x = bands.Select(b => (double)b.Week).ToArray();
            double[] Q(int i) => bands.Select(b => b.Quantiles[i] * factor).ToArray();
            var median = Q(2);
            string label = result.Variants[v].Label;
            list.Add(($"fan-{metric}-{result.Variants[v].Name}", new LineBandChart
            {
                Title = $"{MetricTitles.Of(metric)}: spread of runs under {label}",
                Subtitle = $"Median of {result.ReplicationCount} replications; shaded: the middle 90% and the middle 50% of runs (not a confidence interval)",
                Caption = caption,
                XLabel = "Week",
                YLabel = unit,
                Series = [new ChartSeries("Median, middle 90% of runs", x, median, Q(0), Q(4)), new ChartSeries("Median, middle 50% of runs", x, median, Q(1), Q(3))],
            }));
        }
        return list;
    }
}
