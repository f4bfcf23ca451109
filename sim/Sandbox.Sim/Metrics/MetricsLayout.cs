namespace Sandbox.Sim.Metrics;

/// <summary>The columns of a run's metrics, fixed by the scenario's agencies; one layout serves every run of a scenario.</summary>
public sealed class MetricsLayout
{
    private readonly Dictionary<(string, string, string), int> _index = [];

    public MetricsLayout(IEnumerable<MetricColumn> columns)
    {
        Columns = columns.ToArray();
        for (int i = 0; i < Columns.Count; i++) _index[(Columns[i].Metric, Columns[i].Group, Columns[i].Agency)] = i;
    }

    public IReadOnlyList<MetricColumn> Columns { get; }
    public int Count => Columns.Count;

    public int IndexOf(string metric, string group = "all", string agency = "") =>
        _index.TryGetValue((metric, group, agency), out int i) ? i
            : throw new KeyNotFoundException($"no metric '{metric}' for group '{group}'{(agency.Length > 0 ? $" and agency '{agency}'" : "")}");

    public bool Contains(string metric, string group = "all", string agency = "") => _index.ContainsKey((metric, group, agency));
}
