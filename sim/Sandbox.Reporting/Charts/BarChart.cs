using ScottPlot;

namespace Sandbox.Reporting;

/// <summary>
/// A value per category (e.g. an outcome per integration level) with interval error bars; several series become
/// side-by-side groups so scenarios can be compared level by level.
/// </summary>
public sealed record BarChart : ChartSpec
{
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<BarSeries> Series { get; init; }

    internal override bool NeedsLegend => Series.Count > 1;

    public override void Validate()
    {
        base.Validate();
        if (Categories.Count == 0 || Series.Count == 0)
            throw new ArgumentException("A bar chart needs at least one category and one series.", nameof(Series));
        foreach (var s in Series) s.Check(Categories.Count);
        SeriesCheck.Unique(Series.Select(s => s.Label), "series");
    }

    internal override void Draw(Plot plot)
    {
        ReportStyle.GridLines(plot, vertical: false, horizontal: true);
        const double groupWidth = 0.8;
        var width = groupWidth / Series.Count;
        for (var j = 0; j < Series.Count; j++)
        {
            var s = Series[j];
            var color = ReportStyle.SeriesColor(j);
            var positions = Enumerable.Range(0, Categories.Count).Select(i => i - groupWidth / 2 + width * (j + 0.5)).ToArray();
            var bars = plot.Add.Bars(positions.Select((x, i) => new Bar
            {
                Position = x,
                Value = s.Values[i],
                Size = width * 0.9,
                FillColor = color,
                LineWidth = 0,
            }).ToList());
            bars.LegendText = s.Label;
            if (s.Low is not null) ReportStyle.AddErrorBars(plot, positions, s.Values, s.Low, s.High!, horizontal: false);
        }
        ReportStyle.CategoryTicks(plot.Axes.Bottom, Categories);
        ReportStyle.ValueAxisFromZero(plot, Series.SelectMany(s => s.Low ?? s.Values), horizontal: false);
    }
}
