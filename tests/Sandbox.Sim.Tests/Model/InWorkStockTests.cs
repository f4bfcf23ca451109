using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Model;

/// <summary>
/// People in work are not visited in uneventful weeks: the in-work stocks are running totals changed only on
/// event weeks. These tests recount every client after every week and require the same numbers, by group key.
/// </summary>
public class InWorkStockTests
{
    [Theory]
    [InlineData(IntegrationLevel.CoLocation)]
    [InlineData(IntegrationLevel.FullIntegration)]
    public void Running_in_work_stocks_equal_a_recount_of_every_client_every_week(IntegrationLevel level)
    {
        var sim = new KernelSimulation(SmallScenarios.At(level, stock: 800, weeks: 120));
        long maxSustained52 = 0;
        while (!sim.Finished)
        {
            sim.Step();
            AssertRecount(sim);
            maxSustained52 = Math.Max(maxSustained52, sim.LastWeek.Group(MetricGroup.All, GroupCounter.Sustained52));
        }
        Assert.True(maxSustained52 > 0, "the run must reach jobs held a year for the test to cover every stock");
    }

    [Fact]
    public void A_fork_under_other_mechanisms_carries_the_stocks_on()
    {
        var sim = new KernelSimulation(SmallScenarios.At(IntegrationLevel.CoLocation, stock: 800, weeks: 90));
        for (int w = 0; w < 60; w++) sim.Step();
        var fork = sim.Fork(LevelPresets.Get(IntegrationLevel.FullIntegration));
        while (!fork.Finished)
        {
            fork.Step();
            AssertRecount(fork);
        }
    }

    private static void AssertRecount(KernelSimulation sim)
    {
        int week = sim.Week - 1;
        var employed = new long[MetricGroups.KeyCount];
        var s26 = new long[MetricGroups.KeyCount];
        var s52 = new long[MetricGroups.KeyCount];
        var population = new long[MetricGroups.KeyCount];
        foreach (var js in sim.Jobseekers[..sim.Entered])
        {
            // As observed in the jobseeker phase: a client hired this week (after it) still counts as unemployed.
            bool inWork = js.Status == LabourStatus.Employed && js.JobStart < week;
            bool seeking = js.Status == LabourStatus.Unemployed || (js.Status == LabourStatus.Employed && js.JobStart == week);
            if (inWork || seeking) population[js.GroupKey]++;
            if (!inWork) continue;
            employed[js.GroupKey]++;
            if (week - js.JobStart >= EmploymentRules.Sustained26) s26[js.GroupKey]++;
            if (week - js.JobStart >= EmploymentRules.Sustained52) s52[js.GroupKey]++;
        }
        var t = sim.LastWeek;
        for (int key = 0; key < MetricGroups.KeyCount; key++)
        {
            Assert.Equal(employed[key], t.Counts[key * WeekTally.GroupCounterCount + (int)GroupCounter.Employed]);
            Assert.Equal(s26[key], t.Counts[key * WeekTally.GroupCounterCount + (int)GroupCounter.Sustained26]);
            Assert.Equal(s52[key], t.Counts[key * WeekTally.GroupCounterCount + (int)GroupCounter.Sustained52]);
            Assert.Equal(population[key], t.Counts[key * WeekTally.GroupCounterCount + (int)GroupCounter.Population]);
        }
    }
}
