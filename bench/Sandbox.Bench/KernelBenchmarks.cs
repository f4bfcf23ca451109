using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Bench;

/// <summary>
/// Kernel throughput on the baseline scenario (5,000 + 100 a week jobseekers, 260 weeks) at each integration
/// level, as a ratio to the floor of the same run. Single-threaded: the figure is per core.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class KernelBenchmarks
{
    private ModelParameters _p = null!;
    private WorkProfile _profile = null!;
    private FloorMemory _memory = null!;

    [Params(IntegrationLevel.CoLocation, IntegrationLevel.FullIntegration)]
    public IntegrationLevel Level { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _p = new ModelParameters(ScenarioLibrary.BaselineScenario().WithLevel(Level));
        _profile = WorkProfile.Record(_p);
        _memory = new FloorMemory(_p, _profile);
        FloorRun.Check(_p, _profile, _memory);
    }

    [Benchmark(Baseline = true, Description = "floor: same draws and memory")]
    public double Floor() => FloorRun.Run(_p, _profile, _memory);

    [Benchmark(Description = "kernel: full model")]
    public double Kernel() => new KernelSimulation(_p).Run().Values[0];

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new JobseekerWeeksColumn());
    }

    private sealed class JobseekerWeeksColumn : IColumn
    {
        public string Id => "JobseekerWeeksPerSecond";
        public string ColumnName => "M jobseeker-weeks/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Jobseeker-weeks simulated per second on one core (floor: the same work's draw and memory cost)";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats) return "-";
            var level = (IntegrationLevel)benchmarkCase.Parameters["Level"];
            long weeks = new ModelParameters(ScenarioLibrary.BaselineScenario().WithLevel(level)).EnteredBy.Sum(e => (long)e);
            return (weeks / (stats.Mean / 1e9) / 1e6).ToString("F1");
        }
    }
}
