namespace Sandbox.Sim.Metrics;

/// <summary>
/// The weekly metrics of one run: a column per series, a value per week. Column-major so a chart or an
/// aggregation reads one series as one contiguous span.
/// </summary>
public sealed class RunResult
{
    private readonly double[] _values;

    public RunResult(string scenario, long seed, int weeks, MetricsLayout layout, double[] values)
    {
        if (values.Length != weeks * layout.Count) throw new ArgumentException("values do not match weeks × columns", nameof(values));
        Scenario = scenario;
        Seed = seed;
        Weeks = weeks;
        Layout = layout;
        _values = values;
    }

    public string Scenario { get; }
    public long Seed { get; }
    public int Weeks { get; }
    public MetricsLayout Layout { get; }

    /// <summary>All values, column-major (column * Weeks + week), e.g. for hashing in determinism tests.</summary>
    public ReadOnlySpan<double> Values => _values;

    public ReadOnlySpan<double> Series(int column) => _values.AsSpan(column * Weeks, Weeks);

    public ReadOnlySpan<double> Series(string metric, string group = "all", string agency = "") =>
        Series(Layout.IndexOf(metric, group, agency));

    public double Final(string metric, string group = "all", string agency = "") => Series(metric, group, agency)[Weeks - 1];
}
