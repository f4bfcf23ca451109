using ScottPlot;

namespace Sandbox.Reporting;

/// <summary>
/// One-at-a-time sensitivity: for each parameter, the outcome when it is set to its low and to its high value, drawn as
/// horizontal bars from <see cref="Baseline"/>. Sorted widest first (at the top) so the eye lands on the parameters
/// that matter; the caller's order is deliberately ignored.
/// </summary>
public sealed record TornadoChart : ChartSpec
{
    public required IReadOnlyList<TornadoBar> Bars { get; init; }
    /// <summary>The outcome with every parameter at its central value; bars start here.</summary>
    public double Baseline { get; init; }
    public string LowLabel { get; init; } = "Parameter at low value";
    public string HighLabel { get; init; } = "Parameter at high value";

    internal override bool NeedsLegend => true;

    public override void Validate()
    {
        base.Validate();
        if (Bars.Count == 0) throw new ArgumentException("A tornado chart needs at least one parameter.", nameof(Bars));
        foreach (var b in Bars) SeriesCheck.Label(b.Parameter, "tornado bar");
        SeriesCheck.Unique(Bars.Select(b => b.Parameter), "parameter");
    }

    /// <summary>Bars in drawing order: widest swing first; ties keep the caller's order so output is deterministic.</summary>
    public IReadOnlyList<TornadoBar> Sorted() => Bars.OrderByDescending(b => Math.Abs(b.High - b.Low)).ToArray();

    internal override void Draw(Plot plot)
    {
        ReportStyle.GridLines(plot, vertical: true, horizontal: false);
        var sorted = Sorted();
        var n = sorted.Count;
        AddSide(plot, sorted, b => b.Low, LowLabel, ReportStyle.SeriesColor(0));
        AddSide(plot, sorted, b => b.High, HighLabel, ReportStyle.SeriesColor(1));
        ReportStyle.AddZeroLine(plot, horizontal: false, at: Baseline);
        ReportStyle.CategoryTicks(plot.Axes.Left, sorted.Select(b => b.Parameter).ToArray(), reversed: true);
        plot.Axes.SetLimitsY(-0.6, n - 0.4);
    }

    private void AddSide(Plot plot, IReadOnlyList<TornadoBar> sorted, Func<TornadoBar, double> value, string label, Color color)
    {
        var n = sorted.Count;
        var bars = plot.Add.Bars(sorted.Select((b, i) => new Bar
        {
            Position = n - 1 - i,
            ValueBase = Baseline,
            Value = value(b),
            Size = 0.7,
            FillColor = color,
            LineWidth = 0,
        }).ToList());
        bars.Horizontal = true;
        bars.LegendText = label;
    }
}

/// <summary>The outcome with one parameter at its low and at its high end, all others central.</summary>
public sealed record TornadoBar(string Parameter, double Low, double High);
