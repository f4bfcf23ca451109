using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Experiments;

public class SensitivityTests
{
    private static readonly Scenario Base = TinyScenarios.Baseline();

    /// <summary>Three unit-interval parameters of the scenario, standing for x1, x2, x3 of an analytic function.</summary>
    private static readonly ParameterRange[] Unit =
    [
        ScenarioRanges.Resolve(Base, "labourMarket.indefiniteShare", 0, 1),
        ScenarioRanges.Resolve(Base, "labourMarket.baseCallback", 0, 1),
        ScenarioRanges.Resolve(Base, "labourMarket.interviewSuccess", 0, 1),
    ];

    /// <summary>
    /// The plan's outputs as if every run returned f(point) plus replication noise that cancels in each point's
    /// mean: what the analysis must see through, with the answer known in closed form.
    /// </summary>
    private static PlanOutputs Analytic(SensitivityPlan plan, Func<double[], double> f)
    {
        var outputs = new RunOutputs(new MetricsLayout([new MetricColumn("y", "all", "", "")]));
        var points = Enumerable.Range(0, plan.Plan.Points.Count)
            .Select(p => p < plan.Design.Count ? plan.Design.Point(p) : plan.Tornado.Point(p - plan.Design.Count)).ToArray();
        var values = new double[plan.Plan.RunCount][];
        for (int run = 0; run < values.Length; run++)
        {
            int r = plan.Plan.ReplicationOf(run);
            values[run] = [f(points[plan.Plan.PointOf(run)]) + (r == 0 ? 0.3 : -0.3)];
        }
        return new PlanOutputs(plan.Plan, outputs, values);
    }

    private static double Ishigami(double[] u)
    {
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.Sin(x1) + 7 * Math.Pow(Math.Sin(x2), 2) + 0.1 * Math.Pow(x3, 4) * Math.Sin(x1);
    }

    [Fact]
    public void Sobol_indices_through_the_experiment_layer_recover_the_Ishigami_answers()
    {
        var plan = SensitivityPlan.Create(Base, new SobolDesign(Unit, 4096, 21), 2, 1);
        var indices = plan.Sobol(Analytic(plan, Ishigami), "y", resamples: 100);
        // Published values (Ishigami & Homma 1990; a = 7, b = 0.1).
        double[] first = [0.3139, 0.4424, 0.0];
        double[] total = [0.5576, 0.4424, 0.2437];
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(Unit[i].Path, indices[i].Path);
            Assert.InRange(indices[i].First, first[i] - 0.04, first[i] + 0.04);
            Assert.InRange(indices[i].Total, total[i] - 0.04, total[i] + 0.04);
        }
    }

    [Fact]
    public void Morris_effects_and_tornado_swings_of_a_linear_function_are_its_coefficients()
    {
        var plan = SensitivityPlan.Create(Base, new MorrisDesign(Unit, trajectories: 6, levels: 4, seed: 3), 2, 1);
        var outputs = Analytic(plan, u => 3 * u[0] - 1 * u[1] + 0 * u[2]);
        var effects = plan.Morris(outputs, "y");
        Assert.Equal(3, effects[0].MuStar, 9);
        Assert.Equal(-1, effects[1].Mu, 9);
        Assert.Equal(1, effects[1].MuStar, 9);
        Assert.Equal(0, effects[2].MuStar, 9);
        Assert.Equal(0, effects[0].Sigma, 9);

        var tornado = plan.TornadoRows(outputs, "y");
        Assert.Equal([3.0, 1, 0], tornado.Select(t => Math.Round(t.Swing, 9)));
        Assert.Equal(3 * 0.5 - 0.5, tornado[0].Centre.Mean, 9);
        Assert.Equal(0.0, tornado[0].LowValue);
        Assert.Equal(1.0, tornado[0].HighValue);
    }

    [Fact]
    public void On_the_model_a_parameter_that_cannot_affect_an_outcome_has_exactly_zero_effect()
    {
        var ranges = new[]
        {
            ScenarioRanges.Resolve(Base, "costs.benefitPerWeek", 100, 300),
            ScenarioRanges.Resolve(Base, "labourMarket.vacancyRate", 2, 6),
        };
        var plan = SensitivityPlan.Create(Base, new MorrisDesign(ranges, trajectories: 3, levels: 4, seed: 5), 1, 9);
        Assert.Equal(3 * 3 + 5, plan.Plan.Points.Count);
        Assert.Equal(9, plan.Plan.Order[0]); // tornado points first
        var outputs = PlanRunner.Run(plan.Plan);

        var onWork = plan.Morris(outputs, "employmentRate");
        Assert.Equal(0, onWork[0].MuStar);
        Assert.True(onWork[1].MuStar > 0.01, $"vacancy rate μ* = {onWork[1].MuStar}");
        var onCost = plan.Morris(outputs, "cumulativeCost");
        Assert.True(onCost[0].Mu > 0, "benefits paid rise with the weekly benefit");
        Assert.Throws<InvalidOperationException>(() => plan.Sobol(outputs, "employmentRate"));
    }
}
