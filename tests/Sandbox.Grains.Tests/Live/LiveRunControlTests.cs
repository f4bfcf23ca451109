using Sandbox.Grains.Hosting;
using Sandbox.Grains.Live;
using Sandbox.Grains.Tests.Infrastructure;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Tests.Live;

/// <summary>
/// A live run as a dashboard drives it: created paused, stepped, resumed, paused and stopped; weekly metrics
/// pushed to an observer; a client's journey, an agency's caseload and employers' vacancies read from their
/// grains in the middle of the run, all checked against the kernel stepped to the same week.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class LiveRunControlTests(TwoSiloCluster fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task Paused_run_steps_week_by_week_and_pushes_each_week()
    {
        var scenario = TestScenarios.Small(IntegrationLevel.JointPlanning, weeks: 30);
        var run = Grains.Simulation("control-step");
        var observer = new RecordingObserver();
        var created = await run.Start(new LiveRunStart(TestScenarios.Json(scenario), Paused: true));
        Assert.Equal(LiveRunState.Paused, created.State);
        await using var watch = await ObserverSubscription.WatchLiveRun(Grains, "control-step", observer);

        var kernel = new KernelSimulation(scenario);
        for (int w = 0; w < 3; w++)
        {
            var status = await run.Step();
            kernel.Step();
            Assert.Equal(w + 1, status.Week);
        }
        TestScenarios.AssertBitIdentical(kernel.Result(), await run.GetResult());

        var weeks = await Eventually.Until(() => Task.FromResult(observer.Weeks.ToArray()), w => w.Length == 3, TimeSpan.FromSeconds(10), "three weekly pushes");
        var expected = kernel.Result();
        foreach (var pushed in weeks)
            for (int col = 0; col < pushed.Values.Length; col++)
                Assert.Equal(expected.Series(col)[pushed.Week], pushed.Values[col]);

        await run.Resume();
        var paused = await Eventually.Until(run.Pause, s => s.State == LiveRunState.Paused || s.IsOver, TimeSpan.FromSeconds(10), "pause");
        Assert.True(paused.State == LiveRunState.Paused && paused.Week >= 3, $"paused at {paused}");
        var stopped = await run.Stop();
        Assert.Equal(LiveRunState.Stopped, stopped.State);
        await Assert.ThrowsAnyAsync<Exception>(() => run.Step());
        Assert.Contains(observer.Statuses, s => s.State == LiveRunState.Stopped);
    }

    [Fact]
    public async Task Journey_caseload_and_vacancies_are_readable_mid_run()
    {
        var scenario = TestScenarios.Crowded(IntegrationLevel.Mainstreamed, weeks: 40);
        var run = Grains.Simulation("control-read");
        await run.Start(new LiveRunStart(TestScenarios.Json(scenario), Paused: true));
        var journeys = new JourneyCapture();
        var kernel = new KernelSimulation(scenario, new KernelOptions { Journey = journeys });
        for (int w = 0; w < 20; w++)
        {
            await run.Step();
            kernel.Step();
        }

        foreach (int agent in new[] { 0, 7, 123, 450 })
        {
            var view = await Grains.Jobseeker("control-read", agent).GetView();
            Assert.NotNull(view);
            Assert.Equal(journeys.Of(agent), view.Journey);
            Assert.Equal(kernel.Jobseekers[agent].Status, view.Status);
        }

        var p = kernel.P;
        var pes = await Grains.Agency("control-read", p.PesIndex).GetView();
        Assert.NotNull(pes);
        Assert.Equal(19, pes.Week);
        Assert.Equal(kernel.LastWeek.Agency(p.PesIndex, AgencyCounter.Caseload), pes.Caseload.Length);
        for (int a = 0; a < p.Agencies.Length; a++)
        {
            var agency = await Grains.Agency("control-read", a).GetView();
            Assert.Equal(kernel.LastWeek.Agency(a, AgencyCounter.Waiting), agency!.Waiting.Length);
            Assert.Equal(kernel.LastWeek.Agency(a, AgencyCounter.Admissions), agency.Counters[(int)AgencyCounter.Admissions]);
        }

        var hires = 0;
        var open = 0;
        var applications = 0L;
        for (int e = 0; e < p.Labour.Employers; e++)
        {
            if (await Grains.Employer("control-read", e).GetView() is not { Week: 19 } week) continue;
            hires += week.Hires.Length;
            open += week.Open.Length;
            applications += week.Applications;
        }
        long sent = 0;
        for (int band = 0; band < WeekTally.SpellBands; band++) sent += kernel.LastWeek.Market(MarketCounter.Applications, band);
        Assert.True(sent > 0, "the week under test has applications");
        Assert.Equal(sent, applications);
        var result = kernel.Result();
        Assert.Equal(result.Series("hires")[19], hires);
        Assert.True(open >= result.Series("vacanciesOpen")[19], "vacancies open at the start of the week cover those still open at its end");
    }

    /// <summary>Agents first touched from another silo compile their parameters there; results must not change.</summary>
    [Fact]
    public async Task Agents_activated_on_other_silos_give_the_same_metrics()
    {
        var scenario = TestScenarios.Small(IntegrationLevel.FullIntegration, weeks: 25);
        for (int agent = 0; agent < 200; agent++) await Grains.Jobseeker("control-spread", agent).GetView();
        var actual = await LiveRuns.RunToEnd(Grains, "control-spread", scenario);
        TestScenarios.AssertBitIdentical(TestScenarios.Kernel(scenario), actual);
    }

    private sealed class JourneyCapture : IJourneySink
    {
        private readonly List<JourneyEvent> _events = [];
        public void Record(in JourneyEvent e) => _events.Add(e);
        public JourneyEvent[] Of(int agent) => _events.Where(e => e.Agent == agent).ToArray();
    }
}
