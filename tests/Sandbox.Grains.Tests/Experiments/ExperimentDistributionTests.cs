using Orleans.TestingHost;
using Sandbox.Grains.Experiments;
using Sandbox.Grains.Hosting;
using Sandbox.Grains.Tests.Infrastructure;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Tests.Experiments;

/// <summary>A three-silo cluster for the experiment tests that do not kill silos.</summary>
public sealed class ThreeSiloCluster : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;
    public async Task InitializeAsync() => Cluster = await SandboxTestCluster.StartAsync(3);
    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

/// <summary>
/// Experiments spread their runs over every silo, keep results bit-identical to the kernel, report progress
/// to observers in interleaved order, and can be paused, resumed and cancelled.
/// </summary>
public sealed class ExperimentDistributionTests(ThreeSiloCluster fixture) : IClassFixture<ThreeSiloCluster>
{
    private IGrainFactory Grains => fixture.Cluster.GrainFactory;

    [Fact]
    public async Task Runs_spread_over_silos_and_equal_the_kernel()
    {
        var spec = ExperimentChecks.Levels("spread", replications: 4, stock: 300, weeks: 40);
        var observer = new RecordingObserver();
        await using var watch = await ObserverSubscription.WatchExperiment(Grains, "spread", observer);
        await Grains.Experiment("spread").Launch(spec);

        var done = await ExperimentChecks.Completion(Grains, "spread", TimeSpan.FromSeconds(90));

        ExperimentChecks.AssertCountedOnce(done);
        Assert.True(done.BySilo.Length >= 2, $"runs executed on {done.BySilo.Length} silo(s) only");
        Assert.All(done.FinishedByPoint, n => Assert.Equal(spec.Replications, n));
        await ExperimentChecks.AssertEqualsKernel(Grains, "spread", spec);
        Assert.Contains(observer.Progress, p => p.Status == ExperimentStatus.Completed);

        // Launching the same spec again is harmless: it answers with the finished progress.
        Assert.Equal(ExperimentStatus.Completed, (await Grains.Experiment("spread").Launch(spec)).Status);
    }

    /// <summary>The cluster runs the CLI's compare: same variants, same seeds, the same runs to the bit.</summary>
    [Fact]
    public async Task A_cluster_compare_equals_the_local_compare_runner()
    {
        var variants = Variant.ForLevels(TestScenarios.Small(IntegrationLevel.CoLocation, weeks: 30), IntegrationLevels.All);
        var options = new CompareOptions { Replications = 3, BaseSeed = 42 };
        await Grains.Experiment("compare").Launch(ExperimentPlans.FromVariants("compare", variants, options));
        ExperimentChecks.AssertCountedOnce(await ExperimentChecks.Completion(Grains, "compare", TimeSpan.FromSeconds(90)));

        var cluster = await ExperimentResults.ReadCompareAsync(Grains, "compare");
        var local = CompareRunner.Run(variants, options);
        Assert.Equal(local.Variants.Select(v => (v.Name, v.Label)), cluster.Variants.Select(v => (v.Name, v.Label)));
        for (int v = 0; v < variants.Count; v++)
            for (int r = 0; r < options.Replications; r++)
                TestScenarios.AssertBitIdentical(local.Run(v, r), cluster.Run(v, r));
    }

    [Fact]
    public async Task Partial_results_cover_every_point_first()
    {
        var spec = ExperimentChecks.Levels("interleaved", replications: 3, stock: 300, weeks: 30);
        var order = spec.DispatchOrder();
        Assert.Equal(spec.Points.Length, order.Take(spec.Points.Length).Select(spec.PointOf).Distinct().Count());
        await Grains.Experiment("interleaved").Launch(spec);
        ExperimentChecks.AssertCountedOnce(await ExperimentChecks.Completion(Grains, "interleaved", TimeSpan.FromSeconds(90)));
    }

    [Fact]
    public async Task Pause_holds_new_runs_resume_finishes_cancel_stops()
    {
        var spec = ExperimentChecks.Levels("pausing", replications: 6, stock: 400, weeks: 40);
        var experiment = Grains.Experiment("pausing");
        await experiment.Launch(spec);
        await Eventually.Until(experiment.GetProgress, p => p.Finished >= 2 || p.IsOver, TimeSpan.FromSeconds(60), "first runs");

        await experiment.Pause();
        var drained = await Eventually.Until(experiment.GetProgress, p => p.Running == 0, TimeSpan.FromSeconds(60), "in-flight runs to drain");
        Assert.Equal(ExperimentStatus.Paused, drained.Status);
        await Task.Delay(1000);
        Assert.Equal(drained.Finished, (await experiment.GetProgress()).Finished);

        await experiment.Resume();
        ExperimentChecks.AssertCountedOnce(await ExperimentChecks.Completion(Grains, "pausing", TimeSpan.FromSeconds(90)));

        var cancelled = Grains.Experiment("cancelled");
        await cancelled.Launch(ExperimentChecks.Levels("cancelled", replications: 20, stock: 400, weeks: 40));
        var stopped = await cancelled.Cancel();
        Assert.Equal(ExperimentStatus.Cancelled, stopped.Status);
        Assert.True(stopped.Finished < stopped.Total);
    }
}
