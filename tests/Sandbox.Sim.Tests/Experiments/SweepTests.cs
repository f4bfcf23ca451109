using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Experiments;

public class SweepTests
{
    private static readonly Scenario Base = TinyScenarios.Baseline();

    [Fact]
    public void A_pure_cost_parameter_moves_costs_and_leaves_outcomes_bit_identical_under_common_seeds()
    {
        var spec = new SweepSpec([ScenarioRanges.Resolve(Base, "costs.benefitPerWeek", 100, 300)], SweepDesign.Grid, 3);
        var sweep = SweepPlan.Create(Base, spec, 2, 3);
        var outputs = PlanRunner.Run(sweep.Plan);
        var rows = SweepAnalysis.Summaries(sweep, outputs, ["sustained26Rate", "cumulativeCost"]);

        Assert.Equal(3 * 2, rows.Count);
        var rates = rows.Where(r => r.Output == "sustained26Rate").Select(r => r.Summary.Mean).ToArray();
        Assert.All(rates, r => Assert.Equal(rates[0], r));
        var costs = rows.Where(r => r.Output == "cumulativeCost").OrderBy(r => r.Values[0]).Select(r => r.Summary.Mean).ToArray();
        Assert.True(costs[0] < costs[1] && costs[1] < costs[2], string.Join(", ", costs));
        Assert.Equal([100.0, 200, 300], sweep.Values.Select(v => v[0]).Order());
    }

    [Fact]
    public void Summaries_are_the_t_summaries_of_each_points_replications()
    {
        var spec = new SweepSpec([ScenarioRanges.Resolve(Base, "labourMarket.vacancyRate", 2, 6),
            ScenarioRanges.Resolve(Base, "mechanisms.followUp", 0, 2)], SweepDesign.Grid, 2);
        var sweep = SweepPlan.Create(Base, spec, 3, 3);
        var outputs = PlanRunner.Run(sweep.Plan);
        var row = SweepAnalysis.Summaries(sweep, outputs, ["employmentRate"])[3];
        var sample = Enumerable.Range(0, 3).Select(r => outputs.Value(row.Point, r, outputs.Outputs.IndexOf("employmentRate"))).ToArray();
        Assert.Equal(Summary.Summarise(sample), row.Summary);
        Assert.Equal(4, sweep.Values.Count);
        Assert.Equal("labourMarket.vacancyRate=2, mechanisms.followUp=none", sweep.Plan.Points[0].Label);

        var effects = SweepAnalysis.MainEffects(sweep, outputs, "employmentRate");
        Assert.Equal(4, effects.Count);
        var low = effects.First(e => e.Path == "labourMarket.vacancyRate" && e.Value == 2);
        Assert.Equal(2, low.Summary.N);
        Assert.Equal((outputs.PointMeans("employmentRate")[0] + outputs.PointMeans("employmentRate")[1]) / 2, low.Summary.Mean, 12);
    }

    [Fact]
    public void Grid_points_run_coarse_to_fine_and_hypercube_points_interleaved()
    {
        var range = ScenarioRanges.Resolve(Base, "labourMarket.vacancyRate", 1, 9);
        var grid = SweepPlan.Create(Base, new SweepSpec([range], SweepDesign.Grid, 5), 1, 1);
        Assert.Equal([1.0, 9, 5, 3, 7], grid.Plan.Order.Select(p => grid.Values[p][0]));
        var lhs = SweepPlan.Create(Base, new SweepSpec([range], SweepDesign.LatinHypercube, 8, 4), 1, 1);
        Assert.Equal(RunOrder.Interleaved(8), lhs.Plan.Order);
        Assert.Equal(8, lhs.Values.Select(v => (int)((v[0] - 1) / 1)).Distinct().Count());
    }

    [Theory]
    [InlineData("labourMarket.vacancyRate", -1, 5, "-1 to 5", "a range within 0 to 10")]
    [InlineData("labourMarket.vacancyRate", 5, 2, "5 to 2", "min ≤ max")]
    [InlineData("mechanisms.followUp", 0, 1.5, "none to 1.5", "whole-number ends")]
    [InlineData("mechanisms.followUp", 2, 0, "all to none", "min ≤ max")]
    [InlineData("reform.week", 10, 20, "(absent)", "optional group")]
    public void Ranges_outside_the_declared_range_are_refused_with_the_path_the_range_given_and_the_allowed_range(string path, double min, double max, string value, string allowed)
    {
        var e = Assert.Throws<ScenarioValidationException>(() => ScenarioRanges.Resolve(Base, path, min, max));
        Assert.Equal((path, value), (e.Field, e.Value));
        Assert.Contains(allowed, e.Allowed);
    }

    [Fact]
    public void Enum_values_are_read_by_name()
    {
        Assert.Equal(1, ScenarioRanges.ValueOf(Base, "mechanisms.followUp", "targetGroup"));
        Assert.Equal(2, ScenarioRanges.ValueOf(Base, "mechanisms.treatmentOrder", "PARALLEL"));
        Assert.Equal(0.5, ScenarioRanges.ValueOf(Base, "mechanisms.pooledBudget", "0.5"));
        Assert.Throws<ScenarioValidationException>(() => ScenarioRanges.ValueOf(Base, "mechanisms.followUp", "sometimes"));
    }
}
