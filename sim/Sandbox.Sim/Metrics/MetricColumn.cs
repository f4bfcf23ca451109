namespace Sandbox.Sim.Metrics;

/// <summary>
/// One weekly series of a run, in tidy form: a metric, the population group it covers ("all" for totals)
/// and the agency it belongs to ("" for system-wide series).
/// </summary>
public sealed record MetricColumn(string Metric, string Group, string Agency, string Unit)
{
    public string Key => Agency.Length > 0 ? $"{Metric}[{Agency}]" : Group == "all" ? Metric : $"{Metric}[{Group}]";
}
