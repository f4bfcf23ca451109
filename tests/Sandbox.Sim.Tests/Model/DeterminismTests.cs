using Sandbox.Sim.Engine;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Model;

public class DeterminismTests
{
    private static double[] Run(Scenario s, KernelOptions? o = null) => new KernelSimulation(s, o).Run().Values.ToArray();

    [Theory]
    [InlineData(IntegrationLevel.CoLocation)]
    [InlineData(IntegrationLevel.FullIntegration)]
    public void Same_scenario_and_seed_give_bit_identical_metrics(IntegrationLevel level)
    {
        var s = SmallScenarios.At(level);
        var a = Run(s);
        var b = Run(s.Clone());
        Assert.Equal(a.Length, b.Length);
        for (int i = 0; i < a.Length; i++)
            Assert.Equal(BitConverter.DoubleToInt64Bits(a[i]), BitConverter.DoubleToInt64Bits(b[i]));
    }

    [Fact]
    public void A_different_seed_gives_different_metrics()
    {
        var s = SmallScenarios.At(IntegrationLevel.CoLocation);
        var other = s.Clone();
        other.Seed = s.Seed + 1;
        Assert.NotEqual(Run(s), Run(other));
    }

    [Theory]
    [InlineData(IntegrationLevel.CoLocation, 11UL)]
    [InlineData(IntegrationLevel.Mainstreamed, 12UL)]
    [InlineData(IntegrationLevel.JointPlanning, 13UL)]
    [InlineData(IntegrationLevel.FullIntegration, 14UL)]
    public void Processing_jobseekers_in_any_order_gives_the_same_metrics(IntegrationLevel level, ulong order)
    {
        var s = SmallScenarios.At(level);
        Assert.Equal(Run(s), Run(s, new KernelOptions { ShuffleOrder = order }));
    }

    [Fact]
    public void Runs_on_many_threads_at_once_equal_runs_one_after_another()
    {
        var scenarios = IntegrationLevels.All.Select(l => SmallScenarios.At(l, stock: 800, weeks: 60)).ToArray();
        var sequential = scenarios.Select(s => Run(s)).ToArray();
        var parallel = new double[scenarios.Length][];
        Parallel.For(0, scenarios.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Run(scenarios[i]));
        for (int i = 0; i < scenarios.Length; i++) Assert.Equal(sequential[i], parallel[i]);
    }

    [Fact]
    public void A_jobseeker_is_the_same_person_under_every_level()
    {
        var people = IntegrationLevels.All
            .Select(l => new KernelSimulation(SmallScenarios.At(l, stock: 300, weeks: 5)).Jobseekers.ToArray())
            .ToArray();
        for (int i = 0; i < people[0].Length; i++)
        {
            var a = people[0][i];
            foreach (var level in people.Skip(1))
            {
                var b = level[i];
                Assert.Equal((a.Skill, a.Flags, a.Motivation, a.EntryWeek, a.SpellStart, a.InitialBarrierCount),
                    (b.Skill, b.Flags, b.Motivation, b.EntryWeek, b.SpellStart, b.InitialBarrierCount));
            }
        }
    }
}
