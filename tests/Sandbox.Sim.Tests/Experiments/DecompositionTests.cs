using Sandbox.Sim.Engine;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Experiments;

/// <summary>Runs one small co-location → full integration decomposition (10 settings, six components) shared by the tests.</summary>
public sealed class DecompositionFixture
{
    public const int Reps = 3;
    public static readonly string[] Outputs = ["sustained26Rate", "cumulativeServiceCost", "cumulativeCracks"];

    public DecompositionFixture()
    {
        Scenario = TinyScenarios.Baseline(weeks: 40);
        Plan = DecompositionPlan.Create(Scenario, ("co-location", LevelPresets.Get(IntegrationLevel.CoLocation)),
            ("full integration", LevelPresets.Get(IntegrationLevel.FullIntegration)), new DecompositionOptions(), Reps, 13);
        Results = PlanRunner.Run(Plan.Plan);
    }

    public Scenario Scenario { get; }
    public DecompositionPlan Plan { get; }
    public PlanOutputs Results { get; }
}

public class DecompositionTests(DecompositionFixture fixture) : IClassFixture<DecompositionFixture>
{
    [Fact]
    public void The_ten_settings_are_moved_in_the_documented_order()
    {
        Assert.Equal(["followUp", "jointDiagnosis", "caseManager", "treatmentOrder", "employerInvolvement", "competition", "coordinationHours",
            "sharedRecord", "pooledBudget", "itCostPerYear"], fixture.Plan.Settings.Select(s => s.Name));
        Assert.Equal(6, fixture.Plan.Components.Count);
        // 11 path points and 64 coalitions share four: nothing moved, everything moved, follow-up alone, follow-up + joint diagnosis.
        Assert.Equal(11 + 64 - 4, fixture.Plan.Plan.Points.Count);
    }

    [Fact]
    public void The_full_coalition_is_the_full_integration_level_run()
    {
        var to = fixture.Scenario.WithLevel(IntegrationLevel.FullIntegration);
        to.Seed = fixture.Plan.Plan.Seeds[1];
        var run = new KernelSimulation(to).Run();
        var outputs = fixture.Results.Outputs;
        Assert.Equal(outputs.Extract(run), fixture.Results.Run(fixture.Plan.Plan.RunIndex(fixture.Plan.PointOf(fixture.Plan.FullMask), 1)).ToArray());
    }

    [Theory]
    [MemberData(nameof(OutputNames))]
    public void Path_contributions_and_Shapley_values_each_sum_to_the_total_difference(string output)
    {
        var total = Decomposition.Total(fixture.Plan, fixture.Results, output);
        var path = Decomposition.Path(fixture.Plan, fixture.Results, output);
        var shapley = Decomposition.Shapley(fixture.Plan, fixture.Results, output);
        double scale = Math.Max(1, Math.Abs(total.Difference.Mean));
        Assert.NotEqual(0, total.Difference.Mean);
        Assert.True(Math.Abs(total.Difference.Mean - path.Sum(s => s.Contribution.Mean)) <= 1e-9 * scale);
        Assert.True(Math.Abs(total.Difference.Mean - shapley.Sum(s => s.Value.Mean)) <= 1e-9 * scale);
        Assert.Equal(1, path.Sum(s => s.Share), 9);
        Assert.Equal(1, shapley.Sum(s => s.Share), 9);
        Assert.Equal(total.To.Mean, path[^1].Reached.Mean);
    }

    public static TheoryData<string> OutputNames() => new(DecompositionFixture.Outputs);

    [Fact]
    public void Cost_shifting_rows_add_up_to_the_change_in_total_cost()
    {
        int from = fixture.Plan.PointOf(0), to = fixture.Plan.PointOf(fixture.Plan.FullMask);
        var rows = CostShift.Between(fixture.Results, from, to);
        var system = rows[^1];
        Assert.Equal((CostShift.All, CostShift.All), (system.Agency, system.Category));
        double byCategory = rows.Where(r => r.Agency != CostShift.All && r.Category != CostShift.All).Sum(r => r.Difference.Mean);
        double byAgency = rows.Where(r => r.Agency != CostShift.All && r.Category == CostShift.All).Sum(r => r.Difference.Mean);
        double cumulative = fixture.Results.Compare(to, from, "cumulativeCost").Difference.Mean;
        Assert.Equal(system.Difference.Mean, byCategory, 3);
        Assert.Equal(system.Difference.Mean, byAgency, 3);
        Assert.True(Math.Abs(system.Difference.Mean - cumulative) <= 1e-6 * Math.Abs(system.From.Mean), $"{system.Difference.Mean} vs {cumulative}");
        // Full integration runs shared IT, which co-location does not pay for at all.
        Assert.All(rows.Where(r => r.Category == "itData" && r.Agency != CostShift.All), r => Assert.Equal(CostShiftVerdict.PaysMore, r.Verdict));
        var sentences = CostShift.Sentences(rows, "co-location", "full integration");
        // Every agency pays for the shared IT, so each sentence of an agency that pays more names it. (The PES's own
        // total is no clear change here: it pays more for staff, coordination and IT and saves on benefits.)
        var paysMore = sentences.Where(s => s.Contains(" pays €", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(paysMore);
        Assert.All(paysMore, s => Assert.Contains("IT and data", s));
    }

    [Fact]
    public void Exact_Shapley_values_of_a_known_game()
    {
        // v(S) = 2·[0∈S] + 1·[1∈S] + 4·[0∈S and 1∈S] + 0.5·[2∈S]: the synergy is split evenly between players 0 and 1.
        double V(int s) => 2 * (s & 1) + 1 * ((s >> 1) & 1) + 4 * ((s & 3) == 3 ? 1 : 0) + 0.5 * ((s >> 2) & 1);
        var phi = Decomposition.Exact(3, V);
        Assert.Equal([4.0, 3.0, 0.5], phi.Select(x => Math.Round(x, 12)));

        // Averaging over all 3! orders is the same value.
        int[][] all = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        Assert.Equal(phi.Select(x => Math.Round(x, 12)), Decomposition.OverOrders(all, 3, V).Select(x => Math.Round(x, 12)));
    }

    [Fact]
    public void Sampled_orders_come_in_reverse_pairs_and_also_sum_to_the_total()
    {
        var plan = DecompositionPlan.Create(fixture.Scenario, ("co-location", LevelPresets.Get(IntegrationLevel.CoLocation)),
            ("joint planning", LevelPresets.Get(IntegrationLevel.JointPlanning)),
            new DecompositionOptions { Grouping = [], Method = ShapleyMethod.SampledOrders, Orders = 4 }, 1, 13);
        Assert.Equal(plan.Settings.Count, plan.Components.Count);
        Assert.Equal(plan.Orders![0].Reverse(), plan.Orders[1]);
        var results = PlanRunner.Run(plan.Plan);
        var total = Decomposition.Total(plan, results, "cumulativeServiceCost").Difference.Mean;
        Assert.True(Math.Abs(total - Decomposition.Shapley(plan, results, "cumulativeServiceCost").Sum(s => s.Value.Mean)) <= 1e-9 * Math.Abs(total));
    }

    [Fact]
    public void Identical_bundles_are_refused()
    {
        var m = LevelPresets.Get(IntegrationLevel.Mainstreamed);
        Assert.Throws<ScenarioValidationException>(() => DecompositionPlan.Create(fixture.Scenario, ("a", m), ("b", m), new DecompositionOptions(), 1, 1));
    }
}
