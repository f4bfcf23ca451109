using System.Threading;
using Sandbox.Grains.Experiments;
using Sandbox.Grains.Tests.Infrastructure;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Tests.Experiments;

/// <summary>
/// Researchers' plans (here a Latin-hypercube sweep over a mechanism and a market setting) run on the cluster give
/// the outputs the in-process runner gives, to the bit; an interrupted cluster plan pauses and resumes where it was.
/// </summary>
public sealed class ClusterPlanTests(ThreeSiloCluster fixture) : IClassFixture<ThreeSiloCluster>
{
    private IGrainFactory Grains => fixture.Cluster.GrainFactory;

    private static ExperimentPlan Plan(int reps, int weeks = 30, int stock = 300, int points = 5)
    {
        var scenario = TestScenarios.Small(IntegrationLevel.CoLocation, stock: stock, weeks: weeks);
        var spec = new SweepSpec([
            ScenarioRanges.Resolve(scenario, "mechanisms.pooledBudget", 0, 1),
            ScenarioRanges.Resolve(scenario, "labourMarket.vacancyRate", 8, 20)], SweepDesign.LatinHypercube, points, 3);
        return SweepPlan.Create(scenario, spec, reps, 11).Plan;
    }

    [Fact]
    public async Task A_sweep_on_the_cluster_equals_the_same_sweep_in_process()
    {
        var plan = Plan(reps: 2);
        var local = PlanRunner.Run(plan);
        var reports = new List<PlanProgress>();
        var cluster = await ClusterPlanRunner.RunAsync(Grains, "plan-equal", "sweep", plan, new InlineProgress<PlanProgress>(reports.Add));

        Assert.Equal(local.Outputs.Names, cluster.Outputs.Names);
        for (int run = 0; run < plan.RunCount; run++)
            Assert.True(local.Run(run).SequenceEqual(cluster.Run(run)), $"run {plan.KeyOf(run)} differs");
        Assert.Equal(plan.RunCount, reports[^1].Completed);
        var progress = await Grains.Experiment("plan-equal").GetProgress();
        Assert.True(progress.BySilo.Length >= 2, $"the runs went to {progress.BySilo.Length} silo(s) only");
    }

    [Fact]
    public async Task A_cancelled_cluster_plan_is_paused_and_a_second_call_runs_only_the_rest()
    {
        // Forty runs of about 0.1 s each (40,000 jobseekers for 60 weeks), far more than the six the cluster keeps in
        // flight (two per silo): when the runner sees three finished and cancels, at least 31 have not been sent to
        // a silo yet, so the pause lands with most of the plan to do whatever the machine's load. With ten runs the
        // six in flight could all finish between the runner's 250 ms polls, and the plan completed before the pause.
        var plan = Plan(reps: 2, weeks: 60, stock: 40_000, points: 20);
        using var stop = new CancellationTokenSource();
        var first = new InlineProgress<PlanProgress>(p => { if (p.Completed >= 3) stop.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ClusterPlanRunner.RunAsync(Grains, "plan-resume", "sweep", plan, first, stop.Token));
        var paused = await Grains.Experiment("plan-resume").GetProgress();
        Assert.Equal(ExperimentStatus.Paused, paused.Status);
        Assert.True(paused.Finished < plan.RunCount, "every run finished before the cancel: make the runs longer");

        var reports = new List<PlanProgress>();
        var resumed = await ClusterPlanRunner.RunAsync(Grains, "plan-resume", "sweep", plan, new InlineProgress<PlanProgress>(reports.Add));
        Assert.True(reports[0].Reused >= 3, $"the second call reused {reports[0].Reused} runs");
        var local = PlanRunner.Run(plan);
        for (int run = 0; run < plan.RunCount; run++)
            Assert.True(local.Run(run).SequenceEqual(resumed.Run(run)), $"run {plan.KeyOf(run)} differs");
        ExperimentChecks.AssertCountedOnce(await Grains.Experiment("plan-resume").GetProgress());
    }
}
