using ScottPlot;

namespace Sandbox.Reporting;

/// <summary>
/// Several series over time, each a mean line with an optional shaded uncertainty band. With <see cref="ZeroLine"/>
/// it becomes a difference-from-baseline chart, where whether a band crosses zero is the whole point.
/// </summary>
public sealed record LineBandChart : ChartSpec
{
    public required IReadOnlyList<ChartSeries> Series { get; init; }
    public bool ZeroLine { get; init; }

    internal override bool NeedsLegend => Series.Count > 1;

    public override void Validate()
    {
        base.Validate();
        if (Series.Count == 0) throw new ArgumentException("A line chart needs at least one series.", nameof(Series));
        SeriesCheck.Unique(Series.Select(s => s.Label), "series");
    }

    internal override void Draw(Plot plot)
    {
        ReportStyle.GridLines(plot, vertical: true, horizontal: true);
        plot.Axes.Margins(0, 0.1); // the series start and end at the first and last week; padding there reads as missing data
        if (ZeroLine) ReportStyle.AddZeroLine(plot, horizontal: true);

        // Bands first, so every mean line is drawn on top of every band and none is hidden by a neighbour's shading.
        for (var i = 0; i < Series.Count; i++)
        {
            var s = Series[i];
            if (!s.HasBand) continue;
            var band = plot.Add.FillY(s.X, s.Low!, s.High!);
            band.FillColor = ReportStyle.SeriesColor(i).WithAlpha(ReportStyle.BandAlpha);
            band.LineWidth = 0;
        }
        for (var i = 0; i < Series.Count; i++)
        {
            var s = Series[i];
            var line = plot.Add.ScatterLine(s.X, s.Y, ReportStyle.SeriesColor(i));
            line.LineWidth = 2.5f;
            line.LegendText = s.Label;
        }
    }
}
