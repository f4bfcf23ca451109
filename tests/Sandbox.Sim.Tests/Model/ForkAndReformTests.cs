using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Model;

public class ForkAndReformTests
{
    private static double[] Series(RunResult r, string metric, string agency = "") => r.Series(metric, "all", agency).ToArray();

    [Fact]
    public void A_fork_under_the_same_mechanisms_reproduces_the_unforked_run()
    {
        var s = SmallScenarios.At(IntegrationLevel.Mainstreamed, weeks: 80);
        var whole = new KernelSimulation(s).Run();
        var sim = new KernelSimulation(s);
        for (int w = 0; w < 30; w++) sim.Step();
        var fork = sim.Fork();
        Assert.Equal(whole.Values.ToArray(), fork.Run().Values.ToArray());
        Assert.Equal(whole.Values.ToArray(), sim.Run().Values.ToArray()); // the original is untouched by its fork
    }

    [Fact]
    public void Forks_into_other_levels_share_the_past_and_differ_after()
    {
        var s = SmallScenarios.At(IntegrationLevel.CoLocation, weeks: 90);
        var sim = new KernelSimulation(s);
        for (int w = 0; w < 40; w++) sim.Step();
        var co = sim.Fork().Run();
        var full = sim.Fork(LevelPresets.Get(IntegrationLevel.FullIntegration)).Run();
        var coCracks = Series(co, "cumulativeCracks");
        var fullCracks = Series(full, "cumulativeCracks");
        Assert.Equal(coCracks[..40], fullCracks[..40]);
        Assert.True(fullCracks[^1] < coCracks[^1], $"cracks after the fork: co-location {coCracks[^1]}, full integration {fullCracks[^1]}");
    }

    [Fact]
    public void A_reform_without_transition_equals_a_fork_at_the_reform_week()
    {
        var s = SmallScenarios.At(IntegrationLevel.CoLocation, weeks: 80);
        var reformed = s.Clone();
        reformed.Reform = new ReformSpec { Week = 30, Level = IntegrationLevel.JointPlanning, TransitionWeeks = 0 };
        var viaReform = new KernelSimulation(reformed).Run();

        var sim = new KernelSimulation(s);
        for (int w = 0; w < 30; w++) sim.Step();
        var viaFork = sim.Fork(LevelPresets.Get(IntegrationLevel.JointPlanning)).Run();
        Assert.Equal(viaFork.Values.ToArray(), viaReform.Values.ToArray());
    }

    [Fact]
    public void The_transition_honours_its_capacity_loss_disruption_and_migration_cost()
    {
        var s = SmallScenarios.At(IntegrationLevel.CoLocation, weeks: 100);
        ReformSpec Reform(int transition) => new()
        {
            Week = 30, Level = IntegrationLevel.FullIntegration, TransitionWeeks = transition,
            CapacityLoss = 0.5, ReferralDisruption = 0.5, ItMigrationCost = 260_000,
        };
        var withTransition = s.Clone();
        withTransition.Reform = Reform(26);
        var instant = s.Clone();
        instant.Reform = Reform(0);
        var slow = new KernelSimulation(withTransition).Run();
        var fast = new KernelSimulation(instant).Run();
        var plain = new KernelSimulation(s).Run();

        // Before the reform all three are the same run.
        Assert.Equal(Series(plain, "employed")[..30], Series(slow, "employed")[..30]);

        // During the transition the IT migration is paid week by week on top of the new level's running cost.
        double itFull = LevelPresets.Get(IntegrationLevel.FullIntegration).ItCostPerYear / 52.0;
        Assert.Equal(itFull + 260_000 / 26.0, Series(slow, "cost.itData")[40], 6);
        Assert.Equal(itFull, Series(slow, "cost.itData")[60], 6);
        Assert.Equal(itFull, Series(fast, "cost.itData")[40], 6);

        // Half the staff time and disrupted referrals: fewer admissions and more lost referrals in the transition.
        double Sum(RunResult r, string metric, int from, int to) =>
            new[] { "social", "health", "housing", "training", "debt" }.Sum(a => Series(r, metric, a)[from..to].Sum());
        Assert.True(Sum(slow, "admissions", 31, 56) < Sum(fast, "admissions", 31, 56));
        double LostIn(RunResult r) => Series(r, "cumulativeCracks.referralNeverArrived")[56] - Series(r, "cumulativeCracks.referralNeverArrived")[30];
        Assert.True(LostIn(slow) > LostIn(fast), $"lost referrals in the transition: {LostIn(slow)} vs {LostIn(fast)} without one");
    }

    [Fact]
    public void A_reform_at_or_after_the_end_is_refused()
    {
        var e = Assert.Throws<ScenarioValidationException>(() =>
            ScenarioLoader.Parse("""{ "weeks": 50, "reform": { "week": 50, "level": "full-integration" } }"""));
        Assert.Equal("reform.week", e.Field);
    }
}
