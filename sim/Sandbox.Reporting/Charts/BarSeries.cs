namespace Sandbox.Reporting;

/// <summary>
/// One group member of a <see cref="BarChart"/> or one layer of a <see cref="StackedBarChart"/>: a value per category,
/// with optional absolute interval bounds (e.g. 95% CI) drawn as error bars. Lengths are checked by the chart, which
/// knows how many categories there are.
/// </summary>
public sealed record BarSeries(string Label, double[] Values, double[]? Low = null, double[]? High = null)
{
    internal void Check(int categories)
    {
        SeriesCheck.Label(Label, "bar series");
        ArgumentNullException.ThrowIfNull(Values);
        SeriesCheck.Length(Label, "Values", Values, categories, "Categories");
        SeriesCheck.Bounds(Label, Low, High, categories, "Categories");
    }
}
