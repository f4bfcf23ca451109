using Sandbox.Reporting;

namespace Sandbox.Dashboard.Experiments.Reports;

/// <summary>
/// The numbers a chart draws, as a tidy table (CSV/Parquet download of a chart) and as the JSON the page's
/// ECharts draw: one definition per chart type, read off the same <see cref="ChartSpec"/> the PNG and SVG render.
/// </summary>
public static class ChartData
{
    public static TidyTable Table(ChartSpec chart) => chart switch
    {
        LineBandChart line => Lines(line),
        BarChart bar => Bars(bar.Categories, bar.Series),
        StackedBarChart stacked => Bars(stacked.Categories, stacked.Series),
        TornadoChart tornado => new TidyTable()
            .AddColumn("parameter", tornado.Bars.Select(b => b.Parameter).ToArray())
            .AddColumn("at_low", tornado.Bars.Select(b => b.Low).ToArray())
            .AddColumn("at_high", tornado.Bars.Select(b => b.High).ToArray())
            .AddColumn("centre", tornado.Bars.Select(_ => tornado.Baseline).ToArray()),
        _ => throw new NotSupportedException($"No data table for a {chart.GetType().Name}."),
    };

    /// <summary>The chart for the page: its kind, labels and series in the shape the front-end draws.</summary>
    public static ChartView View(string name, ChartSpec chart) => chart switch
    {
        LineBandChart line => new ChartView(name, "lines", line.Title, line.Subtitle ?? "", line.XLabel, line.YLabel,
            Lines: line.Series.Select(s => new LineView(s.Label, s.X, s.Y, s.Low, s.High)).ToArray()),
        BarChart bar => new ChartView(name, "bars", bar.Title, bar.Subtitle ?? "", bar.XLabel, bar.YLabel,
            Categories: bar.Categories, Bars: bar.Series.Select(s => new BarView(s.Label, s.Values, s.Low, s.High)).ToArray()),
        StackedBarChart stacked => new ChartView(name, "stacked", stacked.Title, stacked.Subtitle ?? "", stacked.XLabel, stacked.YLabel,
            Categories: stacked.Categories, Bars: stacked.Series.Select(s => new BarView(s.Label, s.Values, null, null)).ToArray()),
        TornadoChart tornado => new ChartView(name, "tornado", tornado.Title, tornado.Subtitle ?? "", tornado.XLabel, tornado.YLabel,
            Categories: tornado.Sorted().Select(b => b.Parameter).ToArray(),
            Bars: [new BarView(tornado.LowLabel, tornado.Sorted().Select(b => b.Low).ToArray(), null, null),
                   new BarView(tornado.HighLabel, tornado.Sorted().Select(b => b.High).ToArray(), null, null)],
            Baseline: tornado.Baseline),
        _ => throw new NotSupportedException($"No view for a {chart.GetType().Name}."),
    };

    private static TidyTable Lines(LineBandChart chart)
    {
        var table = new TidyTable(new ColumnSchema("series", ColumnType.String), new ColumnSchema("x", ColumnType.Double), new ColumnSchema("value", ColumnType.Double),
            new ColumnSchema("low", ColumnType.Double), new ColumnSchema("high", ColumnType.Double));
        foreach (var s in chart.Series)
            for (int i = 0; i < s.X.Length; i++)
                table.AppendRow(s.Label, s.X[i], s.Y[i], s.Low?[i] ?? double.NaN, s.High?[i] ?? double.NaN);
        return table;
    }

    private static TidyTable Bars(IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series)
    {
        var table = new TidyTable(new ColumnSchema("category", ColumnType.String), new ColumnSchema("series", ColumnType.String), new ColumnSchema("value", ColumnType.Double),
            new ColumnSchema("low", ColumnType.Double), new ColumnSchema("high", ColumnType.Double));
        foreach (var s in series)
            for (int i = 0; i < categories.Count; i++)
                table.AppendRow(categories[i], s.Label, s.Values[i], s.Low?[i] ?? double.NaN, s.High?[i] ?? double.NaN);
        return table;
    }
}

public sealed record ChartView(string Name, string Type, string Title, string Subtitle, string XLabel, string YLabel,
    IReadOnlyList<LineView>? Lines = null, IReadOnlyList<string>? Categories = null, IReadOnlyList<BarView>? Bars = null, double? Baseline = null);

public sealed record LineView(string Label, double[] X, double[] Y, double[]? Low, double[]? High);

public sealed record BarView(string Label, double[] Values, double[]? Low, double[]? High);
