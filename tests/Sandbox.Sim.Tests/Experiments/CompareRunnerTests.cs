using Sandbox.Sim.Engine;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Experiments;

public class CompareRunnerTests
{
    private static Scenario Small()
    {
        var s = ScenarioLibrary.BaselineScenario();
        s.Population.InitialStock = 300;
        s.Population.WeeklyInflow = 5;
        s.Weeks = 30;
        s.Seed = 17;
        return s;
    }

    private static CompareResult Compare(int parallel, IProgress<CompareProgress>? progress = null) =>
        CompareRunner.Run(Variant.ForLevels(Small(), IntegrationLevels.All),
            new CompareOptions { Replications = 3, BaseSeed = 17, MaxDegreeOfParallelism = parallel }, progress);

    [Fact]
    public void Results_are_bit_identical_whatever_the_degree_of_parallelism()
    {
        var serial = Compare(1);
        var parallel = Compare(4);
        for (int v = 0; v < serial.Variants.Count; v++)
            for (int r = 0; r < serial.ReplicationCount; r++)
                Assert.True(serial.Run(v, r).Values.SequenceEqual(parallel.Run(v, r).Values), $"variant {v}, replication {r}");

        var a = CompareAggregation.Differences(serial, 0);
        var b = CompareAggregation.Differences(parallel, 0);
        Assert.Equal(a.Count, b.Count);
        for (int i = 0; i < a.Count; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(a[i].Difference.Difference.Mean), BitConverter.DoubleToInt64Bits(b[i].Difference.Difference.Mean));
            Assert.Equal(BitConverter.DoubleToInt64Bits(a[i].Difference.Difference.HalfWidth), BitConverter.DoubleToInt64Bits(b[i].Difference.Difference.HalfWidth));
        }
        Assert.Equal(Headlines.For(serial, 0).Select(h => h.Sentence), Headlines.For(parallel, 0).Select(h => h.Sentence));
    }

    [Fact]
    public void Replication_r_runs_with_the_same_seed_in_every_variant()
    {
        var result = Compare(2);
        Assert.Equal(17, result.SeedOf(0));
        for (int r = 0; r < result.ReplicationCount; r++)
        {
            Assert.Equal(Replications.Seed(17, r), result.SeedOf(r));
            for (int v = 0; v < result.Variants.Count; v++) Assert.Equal(result.SeedOf(r), result.Run(v, r).Seed);
        }
        Assert.Equal(3, Enumerable.Range(0, 3).Select(result.SeedOf).Distinct().Count());
    }

    [Fact]
    public void A_replication_is_the_plain_kernel_run_of_the_variant_with_that_seed()
    {
        // Every run, whether it drew its people or copied those another variant of its replication drew.
        var result = Compare(2);
        for (int v = 0; v < result.Variants.Count; v++)
        for (int r = 0; r < result.ReplicationCount; r++)
        {
            var variant = result.Variants[v].Scenario.Clone();
            variant.Seed = result.SeedOf(r);
            Assert.True(new KernelSimulation(variant).Run().Values.SequenceEqual(result.Run(v, r).Values), $"variant {v}, replication {r}");
        }
    }

    [Fact]
    public void Progress_counts_every_run_once()
    {
        int reports = 0, last = 0;
        var progress = new InlineProgress<CompareProgress>(p =>
        {
            Interlocked.Increment(ref reports);
            InterlockedMax(ref last, p.Completed);
            Assert.Equal(12, p.Total);
        });
        Compare(2, progress);
        Assert.Equal(12, reports);
        Assert.Equal(12, last);
    }

    [Fact]
    public void Bad_options_are_rejected_before_running()
    {
        var variants = Variant.ForLevels(Small(), [IntegrationLevel.CoLocation]);
        Assert.Throws<ArgumentOutOfRangeException>(() => CompareRunner.Run(variants, new CompareOptions { Replications = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CompareRunner.Run(variants, new CompareOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentException>(() => CompareRunner.Run([], new CompareOptions()));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }
}
