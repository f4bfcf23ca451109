using Sandbox.Sim.Engine;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Experiments;

public class PathsTests
{
    private static double[] Series(RunResult r, string metric, string agency = "") => r.Series(metric, "all", agency).ToArray();

    [Fact]
    public void A_branch_under_the_scenarios_own_level_reproduces_the_unforked_run()
    {
        var s = TinyScenarios.At(IntegrationLevel.Mainstreamed, weeks: 40);
        var forked = ForkRunner.Run(s, 15, ForkBranch.ForLevels([IntegrationLevel.Mainstreamed, IntegrationLevel.FullIntegration]), 2, 21);
        var plain = CompareRunner.Run([new Variant("m", "m", s)], new CompareOptions { Replications = 2, BaseSeed = 21 });
        for (int r = 0; r < 2; r++)
            Assert.True(plain.Run(0, r).Values.SequenceEqual(forked.Run(0, r).Values), $"replication {r}");
    }

    [Fact]
    public void Branches_share_the_past_and_equal_independent_reform_runs_for_cluster_hosts()
    {
        var s = TinyScenarios.At(IntegrationLevel.CoLocation, weeks: 40);
        var branches = ForkBranch.ForLevels(IntegrationLevels.All);
        var forked = ForkRunner.Run(s, 20, branches, 2, 8, new PlanRunOptions { MaxDegreeOfParallelism = 2 });
        var independent = PlanRunner.RunSeries(ForkRunner.Plan(s, 20, branches, 2, 8));
        for (int b = 0; b < branches.Count; b++)
            for (int r = 0; r < 2; r++)
                Assert.True(independent.Run(b, r).Values.SequenceEqual(forked.Run(b, r).Values), $"branch {branches[b].Name}, replication {r}");
        var co = Series(forked.Run(0, 1), "cumulativeCracks");
        var full = Series(forked.Run(3, 1), "cumulativeCracks");
        Assert.Equal(co[..20], full[..20]);
        Assert.NotEqual(co[^1], full[^1]);
    }

    [Fact]
    public void Fork_weeks_outside_the_run_are_refused()
    {
        var s = TinyScenarios.Baseline(weeks: 30);
        Assert.Equal("week", Assert.Throws<ScenarioValidationException>(() => ForkRunner.AsVariants(s, 30, ForkBranch.ForLevels(IntegrationLevels.All))).Field);
        Assert.Equal("week", Assert.Throws<ScenarioValidationException>(() => ForkRunner.AsVariants(s, 0, ForkBranch.ForLevels(IntegrationLevels.All))).Field);
    }

    [Fact]
    public void A_reform_path_honours_its_transition_against_staying_put_and_an_instant_switch()
    {
        var s = TinyScenarios.At(IntegrationLevel.CoLocation, weeks: 60);
        s.Reform = new ReformSpec { Week = 20, Level = IntegrationLevel.FullIntegration, TransitionWeeks = 20, CapacityLoss = 0.5, ReferralDisruption = 0.5, ItMigrationCost = 100_000 };
        s.Sources["reform.capacityLoss"] = "workshop estimate, 2026";
        var variants = ReformPaths.Variants(s);
        Assert.Equal([ReformPaths.Stay, ReformPaths.Reform, ReformPaths.Instant], variants.Select(v => v.Name));
        var result = PlanRunner.RunSeries(new ExperimentPlan(variants, 2, 3));
        var (stay, reform, instant) = (result.Run(0, 1), result.Run(1, 1), result.Run(2, 1));

        Assert.Equal(Series(stay, "employed")[..20], Series(reform, "employed")[..20]);
        Assert.Equal(Series(stay, "employed")[..20], Series(instant, "employed")[..20]);
        double itFull = LevelPresets.Get(IntegrationLevel.FullIntegration).ItCostPerYear / 52.0;
        Assert.Equal(itFull + 100_000 / 20.0, Series(reform, "cost.itData")[25], 6);
        Assert.Equal(itFull, Series(reform, "cost.itData")[45], 6);
        Assert.Equal(itFull, Series(instant, "cost.itData")[25], 6);
        Assert.Equal(0, Series(stay, "cost.itData")[25]);
        double Admissions(RunResult r) => new[] { "social", "health", "housing", "training", "debt" }.Sum(a => Series(r, "admissions", a)[21..40].Sum());
        Assert.True(Admissions(reform) < Admissions(instant), "half the staff time in the transition admits fewer clients");

        var transition = ReformPaths.Transition(s);
        Assert.Equal("workshop estimate, 2026", transition.Single(t => t.Path == "reform.capacityLoss").Source);
        Assert.Contains("Investment in the skills of staff", transition.Single(t => t.Path == "reform.transitionWeeks").Source);
        Assert.Equal("100000", transition.Single(t => t.Path == "reform.itMigrationCost").Value);
        Assert.Contains("€100,000", ReformPaths.Method(s, 2));
    }

    [Fact]
    public void A_reform_without_transition_has_no_instant_twin_and_a_scenario_without_reform_is_refused()
    {
        var s = TinyScenarios.Baseline();
        Assert.Equal("reform", Assert.Throws<ScenarioValidationException>(() => ReformPaths.Variants(s)).Field);
        s.Reform = new ReformSpec { Week = 10, Level = IntegrationLevel.JointPlanning, TransitionWeeks = 0 };
        Assert.Equal([ReformPaths.Stay, ReformPaths.Reform], ReformPaths.Variants(s).Select(v => v.Name));
    }
}
