using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Bench;

/// <summary>
/// Issue 5's target: a compare of the four levels × 30 replications of 10,000 jobseekers in stock (inflow 2% of
/// the stock a week) over 260 weeks, on every core, as <c>sandbox compare</c> runs it. One invocation is a whole
/// compare (tens of seconds), so BenchmarkDotNet's monitoring strategy is used: no pilot or overhead stages, one
/// warm-up, a few timed iterations. Reports wall time per compare and runs per second.
/// </summary>
[Config(typeof(Config))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CompareBenchmarks
{
    public const int Stock = 10_000;
    public const int Replications = 30;

    private IReadOnlyList<Variant> _variants = [];

    /// <summary>The baseline scaled to 10,000 in stock: agencies' staff and budgets and the employers grow with the stock, as in the baseline's ratios.</summary>
    public static Scenario Scenario()
    {
        var s = ScenarioLibrary.BaselineScenario();
        double scale = Stock / (double)s.Population.InitialStock;
        s.Population.InitialStock = Stock;
        s.Population.WeeklyInflow = 0.02 * Stock;
        s.Weeks = 260;
        s.LabourMarket.Employers = (int)Math.Round(s.LabourMarket.Employers * scale);
        foreach (var a in s.Agencies)
        {
            a.Staff *= scale;
            a.BudgetPerYear *= scale;
        }
        return s;
    }

    [GlobalSetup]
    public void Setup()
    {
        _variants = Variant.ForLevels(Scenario(), IntegrationLevels.All);
        Console.WriteLine($"// load average at setup: {LoadAverage()}");
    }

    [GlobalCleanup]
    public void Cleanup() => Console.WriteLine($"// load average at cleanup: {LoadAverage()}");

    [Benchmark(Description = "compare: 4 levels × 30 reps × 10k × 260 weeks")]
    public int Compare() => CompareRunner.Run(_variants, new CompareOptions { Replications = Replications, MaxDegreeOfParallelism = Environment.ProcessorCount }).ReplicationCount;

    /// <summary>The 1-, 5- and 15-minute load averages; the machine is shared, so every figure is read against them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RunsPerSecondColumn());
    }

    private sealed class RunsPerSecondColumn : IColumn
    {
        public string Id => "RunsPerSecond";
        public string ColumnName => "runs/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Kernel runs (4 levels × 30 replications = 120) finished per second of wall time";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics is { } stats ? (4 * Replications / (stats.Mean / 1e9)).ToString("F2") : "-";
    }
}
