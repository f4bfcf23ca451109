using BenchmarkDotNet.Attributes;

namespace Sandbox.Grains.Bench;

/// <summary>
/// Live-engine jobseeker-weeks per second against a bare fan-out over the same number of grains, in one run
/// (the ratio column is live ÷ bare in time; the target is at most 2, i.e. at least half the bare speed).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class LiveEngineBenchmarks
{
    private const int Weeks = 20;
    private BenchSilo _silo = null!;
    private FanOutWorkload _workload = null!;

    [Params(256)]
    public int FanOut { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _silo = BenchSilo.StartAsync(FanOut).GetAwaiter().GetResult();
        _workload = new FanOutWorkload(_silo.Grains, Weeks, FanOut);
    }

    [GlobalCleanup]
    public void Cleanup() => _silo.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task BareFanOut() => _workload.Bare();

    [Benchmark]
    public Task LiveEngine() => _workload.Live();
}
