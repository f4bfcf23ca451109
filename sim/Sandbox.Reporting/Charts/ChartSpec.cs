using ScottPlot;

namespace Sandbox.Reporting;

/// <summary>
/// What every report chart carries besides its data: the heading, the source/reproduction note, axis titles and the
/// pixel size. Each chart kind derives from this and draws itself, so <see cref="ChartRenderer"/> needs no switch and
/// callers never touch ScottPlot types.
/// </summary>
public abstract record ChartSpec
{
    public required string Title { get; init; }
    /// <summary>One line under the title saying what is compared, e.g. "Mean of 200 runs, shaded: 95% CI".</summary>
    public string? Subtitle { get; init; }
    /// <summary>Small print under the chart: data source, model version, seed, the command that reproduces it.</summary>
    public string? Caption { get; init; }
    public string XLabel { get; init; } = "";
    public string YLabel { get; init; } = "";
    public int Width { get; init; } = 1200;
    public int Height { get; init; } = 700;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the offending series when the data cannot be drawn.</summary>
    public virtual void Validate()
    {
        if (string.IsNullOrWhiteSpace(Title)) throw new ArgumentException("A chart needs a title.", nameof(Title));
        if (Width is < 200 or > 10_000 || Height is < 150 or > 10_000)
            throw new ArgumentException($"Chart size {Width}x{Height} px is outside 200-10000 x 150-10000.", nameof(Width));
    }

    /// <summary>Adds the chart's plottables and axis setup; the shared look is applied by <see cref="ReportStyle"/>.</summary>
    internal abstract void Draw(Plot plot);

    /// <summary>Whether a legend is worth its space: not for one series, whose name the title already gives.</summary>
    internal abstract bool NeedsLegend { get; }
}
