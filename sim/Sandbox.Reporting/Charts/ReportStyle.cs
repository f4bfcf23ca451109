using ScottPlot;

namespace Sandbox.Reporting;

/// <summary>
/// The one look shared by every report chart: white background, dark text at 14 px or more, a light grid across the value axis,
/// no top/right frame, and the <see cref="ChartPalette"/> colours. Kept in one place so a chart kind cannot drift
/// from the house style.
/// </summary>
internal static class ReportStyle
{
    private static readonly Color[] Palette = Color.FromHex(ChartPalette.Hex);

    public const double BandAlpha = 0.18;
    private static readonly Color Ink = Color.FromHex("#1A1A1A");
    private static readonly Color Muted = Color.FromHex("#555555");
    private static readonly Color Axis = Color.FromHex("#333333");
    private static readonly Color Grid = Color.FromHex("#E3E3E3");

    /// <summary>
    /// DejaVu Sans where installed (it is on the project's Debian images and covers Norwegian and other Latin letters);
    /// otherwise the sans font ScottPlot detects. Named explicitly because ScottPlot's own default here is DejaVu Serif.
    /// </summary>
    public static readonly string FontName =
        Fonts.GetTypeface("DejaVu Sans", bold: false, italic: false)?.FamilyName == "DejaVu Sans" ? "DejaVu Sans" : Fonts.Sans;

    public static Color SeriesColor(int index) => Palette[index % Palette.Length];

    public static void Apply(Plot plot, ChartSpec spec)
    {
        plot.Font.Set(FontName);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;

        plot.Axes.Title.IsVisible = false;
        plot.Axes.AddPanel(new TextBlockPanel(Edge.Top, spec.Width)
            .Add(spec.Title, 22, bold: true, Ink)
            .Add(spec.Subtitle, 16, bold: false, Muted));
        plot.Axes.AddPanel(new TextBlockPanel(Edge.Bottom, spec.Width).Add(spec.Caption, 14, bold: false, Muted));

        plot.XLabel(spec.XLabel, 16);
        plot.YLabel(spec.YLabel, 16);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.Label.ForeColor = Ink;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = 14;
            axis.TickLabelStyle.ForeColor = Ink;
            axis.MajorTickStyle.Color = Axis;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = Axis;
        }
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;

        plot.Grid.MajorLineColor = Grid;
    }

    /// <summary>Grid lines only across the value axis, where they help read a number off; elsewhere they are clutter.</summary>
    public static void GridLines(Plot plot, bool vertical, bool horizontal)
    {
        plot.Axes.DefaultGrid.XAxisStyle.IsVisible = vertical;
        plot.Axes.DefaultGrid.YAxisStyle.IsVisible = horizontal;
    }

    /// <summary>Legend outside the data area on the right, so it never covers a line or band.</summary>
    public static void AddLegend(Plot plot, ChartSpec spec)
    {
        if (!spec.NeedsLegend)
        {
            plot.HideLegend();
            return;
        }
        plot.ShowLegend(Edge.Right).Alignment = Alignment.UpperLeft;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.FontName = FontName;
        plot.Legend.FontSize = 14;
        plot.Legend.FontColor = Ink;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.BackgroundColor = Colors.White;
    }

    /// <summary>A thin solid reference line (zero difference, or the tornado baseline), not shown in the legend.</summary>
    public static void AddZeroLine(Plot plot, bool horizontal, double at = 0)
    {
        var line = horizontal ? (ScottPlot.Plottables.AxisLine)plot.Add.HorizontalLine(at) : plot.Add.VerticalLine(at);
        line.Color = Axis;
        line.LineWidth = 1.5f;
        line.LinePattern = LinePattern.Solid;
    }

    /// <summary>Asymmetric interval whiskers from absolute bounds (ScottPlot takes distances from the value).</summary>
    public static void AddErrorBars(Plot plot, double[] positions, double[] values, double[] low, double[] high, bool horizontal)
    {
        var below = values.Select((v, i) => v - low[i]).ToArray();
        var above = values.Select((v, i) => high[i] - v).ToArray();
        var none = new double[values.Length];
        var bars = horizontal
            ? new ScottPlot.Plottables.ErrorBar(values, positions, below, above, none, none)
            : new ScottPlot.Plottables.ErrorBar(positions, values, none, none, above, below);
        bars.Color = Ink;
        bars.LineWidth = 1.5f;
        bars.CapSize = 8;
        plot.Add.Plottable(bars);
    }

    /// <summary>Category names as ticks at 0..n-1 (or n-1..0 when the first category belongs at the top).</summary>
    public static void CategoryTicks(IAxis axis, IReadOnlyList<string> labels, bool reversed = false)
    {
        var n = labels.Count;
        var positions = Enumerable.Range(0, n).Select(i => (double)(reversed ? n - 1 - i : i)).ToArray();
        axis.SetTicks(positions, labels.ToArray());
    }

    /// <summary>Bars of non-negative values sit on the axis; with negative values the default margins stay.</summary>
    public static void ValueAxisFromZero(Plot plot, IEnumerable<double> values, bool horizontal)
    {
        if (values.Any(v => v < 0)) return;
        if (horizontal) plot.Axes.Margins(left: 0, right: 0.1, bottom: 0.05, top: 0.05);
        else plot.Axes.Margins(left: 0.05, right: 0.05, bottom: 0, top: 0.1);
    }
}
