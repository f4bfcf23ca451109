using Sandbox.Sim.Metrics;

namespace Sandbox.Grains.Serialization;

// A run's metrics cross silos and go to grain storage as their raw doubles (the Orleans binary codec keeps
// every bit, NaN included), so a result read back from any silo or from storage equals the kernel's.

[GenerateSerializer, Alias("sandbox.metric-column")]
public struct MetricColumnSurrogate
{
    [Id(0)] public string Metric;
    [Id(1)] public string Group;
    [Id(2)] public string Agency;
    [Id(3)] public string Unit;
}

[RegisterConverter]
public sealed class MetricColumnConverter : IConverter<MetricColumn, MetricColumnSurrogate>
{
    public MetricColumn ConvertFromSurrogate(in MetricColumnSurrogate s) => new(s.Metric, s.Group, s.Agency, s.Unit);
    public MetricColumnSurrogate ConvertToSurrogate(in MetricColumn c) => new() { Metric = c.Metric, Group = c.Group, Agency = c.Agency, Unit = c.Unit };
}

[GenerateSerializer, Alias("sandbox.run-result")]
public struct RunResultSurrogate
{
    [Id(0)] public string Scenario;
    [Id(1)] public long Seed;
    [Id(2)] public int Weeks;
    [Id(3)] public MetricColumn[] Columns;
    [Id(4)] public double[] Values;
}

[RegisterConverter]
public sealed class RunResultConverter : IConverter<RunResult, RunResultSurrogate>
{
    public RunResult ConvertFromSurrogate(in RunResultSurrogate s) => new(s.Scenario, s.Seed, s.Weeks, new MetricsLayout(s.Columns), s.Values);

    public RunResultSurrogate ConvertToSurrogate(in RunResult r) => new()
    {
        Scenario = r.Scenario, Seed = r.Seed, Weeks = r.Weeks, Columns = [.. r.Layout.Columns], Values = r.Values.ToArray(),
    };
}
