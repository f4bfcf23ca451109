using Sandbox.Sim.Analysis;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Experiments;

public class PlanRunnerTests
{
    private static SweepPlan Sweep(int reps = 2) => SweepPlan.Create(TinyScenarios.Baseline(),
        new SweepSpec([ScenarioRanges.Resolve(TinyScenarios.Baseline(), "labourMarket.vacancyRate", 2, 6)], SweepDesign.Grid, 3), reps, 5);

    private static void AssertSame(PlanOutputs a, PlanOutputs b)
    {
        for (int run = 0; run < a.Plan.RunCount; run++)
            Assert.True(a.Run(run).SequenceEqual(b.Run(run)), $"run {a.Plan.KeyOf(run)}");
    }

    [Fact]
    public void Results_are_bit_identical_whatever_the_parallelism()
    {
        var plan = Sweep().Plan;
        AssertSame(PlanRunner.Run(plan, new PlanRunOptions { MaxDegreeOfParallelism = 1 }),
                   PlanRunner.Run(plan, new PlanRunOptions { MaxDegreeOfParallelism = 3 }));
    }

    [Fact]
    public void A_run_is_the_plain_kernel_run_of_its_point_with_its_replications_seed()
    {
        var plan = Sweep().Plan;
        var outputs = PlanRunner.Run(plan);
        int run = plan.RunIndex(2, 1);
        var scenario = plan.Points[2].Scenario.Clone();
        scenario.Seed = Replications.Seed(5, 1);
        Assert.Equal(plan.Seeds[1], plan.ScenarioOf(run).Seed);
        Assert.Equal(outputs.Outputs.Extract(new KernelSimulation(scenario).Run()), outputs.Run(run).ToArray());
    }

    [Fact]
    public void Runs_are_dispatched_replication_by_replication_in_the_point_order()
    {
        var plan = new ExperimentPlan(Variant.ForLevels(TinyScenarios.Baseline(), IntegrationLevels.All), 2, 1, [3, 0, 2, 1]);
        Assert.Equal([plan.RunIndex(3, 0), plan.RunIndex(0, 0), plan.RunIndex(2, 0), plan.RunIndex(1, 0),
                      plan.RunIndex(3, 1), plan.RunIndex(0, 1), plan.RunIndex(2, 1), plan.RunIndex(1, 1)], plan.DispatchOrder());
        Assert.Equal("p2-r1", plan.KeyOf(plan.RunIndex(2, 1)));
    }

    [Fact]
    public void An_interrupted_experiment_resumed_from_its_store_equals_an_uninterrupted_one()
    {
        var plan = Sweep(reps: 3).Plan;
        var whole = PlanRunner.Run(plan, new PlanRunOptions { MaxDegreeOfParallelism = 2 });

        string dir = Path.Combine(Path.GetTempPath(), "sandbox-store-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var store = new DirectoryRunStore(dir);
            using var stop = new CancellationTokenSource();
            var progress = new InlineProgress<PlanProgress>(p => { if (p.Completed >= 4) stop.Cancel(); });
            Assert.ThrowsAny<OperationCanceledException>(() =>
                PlanRunner.Run(plan, new PlanRunOptions { MaxDegreeOfParallelism = 2, Store = store }, progress, stop.Token));
            int kept = store.Count;
            Assert.InRange(kept, 4, plan.RunCount - 1);

            int reused = -1;
            var resumed = PlanRunner.Run(plan, new PlanRunOptions { MaxDegreeOfParallelism = 1, Store = new DirectoryRunStore(dir) },
                new InlineProgress<PlanProgress>(p => { if (reused < 0) reused = p.Reused; }));
            Assert.Equal(kept, reused);
            AssertSame(whole, resumed);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_directory_store_reads_back_every_bit_and_refuses_a_wrong_length()
    {
        string dir = Path.Combine(Path.GetTempPath(), "sandbox-store-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var store = new DirectoryRunStore(dir);
            double[] values = [double.NaN, -0.0, 1e-300, Math.PI, double.PositiveInfinity];
            store.Save("p1-r0", values);
            Assert.True(store.TryLoad("p1-r0", values.Length, out var back));
            Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), back.Select(BitConverter.DoubleToInt64Bits));
            Assert.False(store.TryLoad("p1-r0", 4, out _));
            Assert.False(store.TryLoad("p2-r0", 5, out _));
            Assert.Throws<ArgumentException>(() => store.Save("../x", values));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_fingerprint_ignores_the_replication_count_but_not_the_points()
    {
        var a = Sweep(reps: 2).Plan;
        var b = Sweep(reps: 5).Plan;
        Assert.Equal(a.Fingerprint("sweep", "1"), b.Fingerprint("sweep", "1"));
        Assert.NotEqual(a.Fingerprint("sweep", "1"), a.Fingerprint("sweep", "2"));
        var other = SweepPlan.Create(TinyScenarios.Baseline(),
            new SweepSpec([ScenarioRanges.Resolve(TinyScenarios.Baseline(), "labourMarket.vacancyRate", 2, 7)], SweepDesign.Grid, 3), 2, 5).Plan;
        Assert.NotEqual(a.Fingerprint("sweep", "1"), other.Fingerprint("sweep", "1"));
    }

    [Fact]
    public void A_point_breaking_a_rule_across_fields_is_reported_naming_the_point()
    {
        var s = TinyScenarios.Baseline();
        var bad = s.Clone();
        bad.Population.YouthShare = 0.8;
        bad.Population.OlderShare = 0.8;
        var plan = new ExperimentPlan([new Variant("ok", "ok", s), new Variant("bad", "too many", bad)], 1, 1);
        var e = Assert.Throws<ScenarioValidationException>(() => PlanRunner.Run(plan, new PlanRunOptions { MaxDegreeOfParallelism = 1 }));
        Assert.Contains("point bad", e.Message);
    }

    [Fact]
    public void Outputs_hold_final_values_and_totals_of_weekly_flows()
    {
        var run = new KernelSimulation(TinyScenarios.Baseline()).Run();
        var outputs = new RunOutputs(run.Layout);
        var values = outputs.Extract(run);
        Assert.Equal(run.Final("sustained26Rate"), values[outputs.IndexOf("sustained26Rate")]);
        Assert.Equal(run.Final("waiting", "all", "debt"), values[outputs.IndexOf("waiting[debt]")]);
        double staff = 0;
        foreach (var v in run.Series("cost.staff", "all", "pes")) staff += v;
        Assert.Equal(staff, values[outputs.IndexOf("total.cost.staff[pes]")]);
        Assert.Equal("EUR", outputs.UnitOf("total.cost.staff[pes]"));
        Assert.Throws<ArgumentException>(() => outputs.IndexOf("noSuchMetric"));
    }
}
