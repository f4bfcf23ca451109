using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;

namespace Sandbox.Reporting.Experiments;

/// <summary>
/// The charts of a comparison: each main outcome and cost over time per variant with its confidence band, the
/// same as a difference from the baseline with a zero line (a band that crosses zero is no clear difference),
/// and the headline metric at the headline week as bars with intervals.
/// </summary>
public static class CompareCharts
{
    /// <summary>Outcomes first, then costs; each gets a levels chart and a difference chart.</summary>
    public static readonly IReadOnlyList<string> Metrics =
        ["sustained26Rate", "employmentRate", "longTermShare", "cumulativeCracks", "cumulativeCost", "costPerSustainedJob"];

    public static IReadOnlyList<(string Name, ChartSpec Chart)> All(CompareResult result, int baseline, Headline[] headlines, string caption,
        double confidence = 0.95)
    {
        var list = new List<(string, ChartSpec)>();
        string band = $"shaded: {HeadlineNumbers.Percent(confidence)} CI";
        string means = $"Mean of {result.ReplicationCount} replications per variant (same seeds in every variant); {band}";
        string baseName = result.Variants[baseline].Name;
        foreach (var metric in Metrics)
        {
            if (!Enumerable.Range(0, result.Variants.Count).All(v => result.LayoutOf(v).Contains(metric))) continue;
            var column = result.LayoutOf(baseline).Columns[result.LayoutOf(baseline).IndexOf(metric)];
            var (factor, unit) = MetricTitles.Scale(column);

            var levels = Enumerable.Range(0, result.Variants.Count)
                .Select(v => Weekly(result, Label(result, v), w => CompareAggregation.Summarise(result, v, result.LayoutOf(v).IndexOf(metric), w, confidence), factor))
                .OfType<ChartSeries>().ToArray();
            if (levels.Length > 0)
                list.Add((metric, Chart(MetricTitles.Of(metric), means, caption, unit, levels, zeroLine: false)));

            var diffs = Enumerable.Range(0, result.Variants.Count).Where(v => v != baseline)
                .Select(v => Weekly(result, Label(result, v), w => CompareAggregation.Difference(result, v, baseline, column, w, confidence).Difference.Difference, factor))
                .OfType<ChartSeries>().ToArray();
            if (diffs.Length > 0)
                list.Add(($"{metric}-vs-{baseName}", Chart($"{MetricTitles.Of(metric)}: difference from {result.Variants[baseline].Label}",
                    $"Paired difference, replication by replication; {band}; below zero means lower than the baseline", caption,
                    unit == "%" ? "percentage points" : unit, diffs, zeroLine: true)));
        }

        if (headlines.Length > 0)
        {
            var h = headlines[0];
            var column = result.LayoutOf(baseline).Columns[result.LayoutOf(baseline).IndexOf(h.Metric)];
            var (factor, unit) = MetricTitles.Scale(column);
            bool intervals = headlines.All(x => double.IsFinite(x.Value.HalfWidth));
            list.Add(("headline", new BarChart
            {
                Title = $"{MetricTitles.Of(h.Metric)} after {h.Week} weeks",
                Subtitle = intervals ? $"Mean of {result.ReplicationCount} replications; whiskers: {HeadlineNumbers.Percent(confidence)} CI" : "One replication: no intervals",
                Caption = caption,
                YLabel = unit,
                Categories = headlines.Select(x => Capitalised(x.Label)).ToArray(),
                Series =
                [
                    new BarSeries(MetricTitles.Of(h.Metric), headlines.Select(x => x.Value.Mean * factor).ToArray(),
                        intervals ? headlines.Select(x => x.Value.Lower * factor).ToArray() : null,
                        intervals ? headlines.Select(x => x.Value.Upper * factor).ToArray() : null),
                ],
            }));
        }
        return list;
    }

    private static ChartSeries? Weekly(CompareResult result, string label, Func<int, Summary> at, double factor)
    {
        var summaries = Enumerable.Range(1, result.Weeks).Select(at).ToArray();
        return SeriesBuilder.Weekly(label, summaries.Select(s => s.Mean).ToArray(), factor,
            summaries.Select(s => s.Lower).ToArray(), summaries.Select(s => s.Upper).ToArray());
    }

    private static string Label(CompareResult result, int variant) => Capitalised(result.Variants[variant].Label);

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static LineBandChart Chart(string title, string subtitle, string caption, string yLabel, ChartSeries[] series, bool zeroLine) => new()
    {
        Title = title,
        Subtitle = subtitle,
        Caption = caption,
        XLabel = "Week",
        YLabel = yLabel,
        Series = series,
        ZeroLine = zeroLine,
    };
}
