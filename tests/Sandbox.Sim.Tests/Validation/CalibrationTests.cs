using Sandbox.Sim.Scenarios;
using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Calibration;

namespace Sandbox.Sim.Tests.Validation;

/// <summary>The calibration search and the scaling of quick runs.</summary>
public class CalibrationTests
{
    [Fact]
    public void The_search_moves_a_wrong_prior_towards_its_target_and_repeats_exactly()
    {
        var plan = new CalibrationPlan
        {
            Parameters = [new("services.treatmentDropout", 0.002, 0.05, Prior: 0.045)],
            Facts = ["programme-dropout"],
            Quick = true,
            Replications = 2,
            FirstStep = 0.25,
            FinalStep = 0.1,
            MaxEvaluations = 8,
        };
        var first = Calibrator.Run(plan);
        Assert.True(first.Best.Misfit < first.History[0].Misfit / 4, $"misfit {first.History[0].Misfit} → {first.Best.Misfit}");
        Assert.True(first.Fitted["services.treatmentDropout"] < 0.03);
        Assert.Equal(first.Fitted, Calibrator.Run(plan).Fitted);
    }

    [Fact]
    public void The_shipped_plan_starts_from_the_documented_priors_and_its_facts_exist()
    {
        var plan = CalibrationPlans.Shipped();
        var ids = FactLibrary.All().Select(f => f.Id).ToHashSet();
        Assert.All(plan.Facts, id => Assert.Contains(id, ids));
        var baseline = ScenarioLibrary.BaselineScenario();
        foreach (var p in plan.Parameters)
        {
            var info = ParameterCatalog.Find(baseline, p.Path);
            Assert.InRange(p.Prior, p.Min, p.Max);
            Assert.Contains("calibrated", info.Source);
        }
    }

    [Fact]
    public void Quick_scaling_keeps_capacity_per_jobseeker()
    {
        var full = ScenarioLibrary.BaselineScenario();
        var small = ScenarioScaling.Scale(full, 0.25);
        Assert.Equal(1250, small.Population.InitialStock);
        Assert.Equal(25, small.Population.WeeklyInflow);
        Assert.Equal(50, small.LabourMarket.Employers);
        for (int i = 0; i < full.Agencies.Count; i++)
        {
            Assert.Equal(full.Agencies[i].Staff / full.Population.InitialStock, small.Agencies[i].Staff / small.Population.InitialStock, 12);
            Assert.Equal(full.Agencies[i].BudgetPerYear * 0.25, small.Agencies[i].BudgetPerYear, 6);
        }
        Assert.Equal(5000, full.Population.InitialStock);
    }
}
