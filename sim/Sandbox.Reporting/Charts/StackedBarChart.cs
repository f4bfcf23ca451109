using ScottPlot;

namespace Sandbox.Reporting;

/// <summary>
/// Totals split into parts, e.g. cost per agency (categories) by cost type (series), or cost per year by agency.
/// Parts must be non-negative: a negative layer would hide part of the one below it and misstate the total.
/// </summary>
public sealed record StackedBarChart : ChartSpec
{
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<BarSeries> Series { get; init; }

    internal override bool NeedsLegend => true;

    public override void Validate()
    {
        base.Validate();
        if (Categories.Count == 0 || Series.Count == 0)
            throw new ArgumentException("A stacked bar chart needs at least one category and one series.", nameof(Series));
        foreach (var s in Series)
        {
            s.Check(Categories.Count);
            if (s.Low is not null) throw new ArgumentException($"Series '{s.Label}': stacked layers cannot show intervals.", nameof(Series));
            var bad = Array.FindIndex(s.Values, v => !(v >= 0) || double.IsInfinity(v));
            if (bad >= 0)
                throw new ArgumentException($"Series '{s.Label}': value {s.Values[bad]} for '{Categories[bad]}' is not a finite non-negative amount.", nameof(Series));
        }
        SeriesCheck.Unique(Series.Select(s => s.Label), "series");
    }

    internal override void Draw(Plot plot)
    {
        ReportStyle.GridLines(plot, vertical: false, horizontal: true);
        var bases = new double[Series.Count][];
        var top = new double[Categories.Count];
        for (var j = 0; j < Series.Count; j++)
        {
            bases[j] = (double[])top.Clone();
            for (var i = 0; i < top.Length; i++) top[i] += Series[j].Values[i];
        }
        // Added top layer first so the legend lists the layers in the order they appear in the stack.
        for (var j = Series.Count - 1; j >= 0; j--)
        {
            var s = Series[j];
            var b = bases[j];
            var bars = plot.Add.Bars(s.Values.Select((v, i) => new Bar
            {
                Position = i,
                ValueBase = b[i],
                Value = b[i] + v,
                Size = 0.7,
                FillColor = ReportStyle.SeriesColor(j),
                LineColor = Colors.White,
                LineWidth = 1,
            }).ToList());
            bars.LegendText = s.Label;
        }
        ReportStyle.CategoryTicks(plot.Axes.Bottom, Categories);
        ReportStyle.ValueAxisFromZero(plot, [0], horizontal: false);
    }
}
