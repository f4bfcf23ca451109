namespace Sandbox.Reporting;

/// <summary>
/// One line of a <see cref="LineBandChart"/>: mean values <see cref="Y"/> over <see cref="X"/> (e.g. weeks) with an
/// optional band from <see cref="Low"/> to <see cref="High"/> (absolute bounds, e.g. a 95% CI). The shape is checked
/// here, on construction, so the mistake is reported where the series was built rather than at render time.
/// </summary>
public sealed record ChartSeries
{
    public ChartSeries(string label, double[] x, double[] y, double[]? low = null, double[]? high = null)
    {
        SeriesCheck.Label(label, "series");
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        SeriesCheck.Length(label, "Y", y, x.Length, "X");
        SeriesCheck.Bounds(label, low, high, x.Length, "X");
        (Label, X, Y, Low, High) = (label, x, y, low, high);
    }

    public string Label { get; }
    public double[] X { get; }
    public double[] Y { get; }
    public double[]? Low { get; }
    public double[]? High { get; }
    public bool HasBand => Low is not null;
}
