
namespace Sandbox.Reporting.Experiments;

/// <summary>
/// Builds chart series from weekly values, dropping weeks whose value is undefined (cost per sustained job
/// before the first sustained job is NaN): a line cannot be drawn through a missing point, and a band with a
/// NaN edge would be drawn wrongly rather than left out.
/// </summary>
public static class SeriesBuilder
{
    /// <param name="low">Lower band edge per week, or null for no band; a band is drawn only when every kept week has one.</param>
    public static ChartSeries? Weekly(string label, IReadOnlyList<double> y, double factor = 1, IReadOnlyList<double>? low = null, IReadOnlyList<double>? high = null)
    {
        var keep = Enumerable.Range(0, y.Count).Where(w => double.IsFinite(y[w])).ToArray();
        if (keep.Length == 0) return null;
        bool band = low is not null && high is not null && keep.All(w => double.IsFinite(low[w]) && double.IsFinite(high[w]));
        return new ChartSeries(label,
            keep.Select(w => (double)(w + 1)).ToArray(),
            keep.Select(w => y[w] * factor).ToArray(),
            band ? keep.Select(w => low![w] * factor).ToArray() : null,
            band ? keep.Select(w => high![w] * factor).ToArray() : null);
    }
}
