using Sandbox.Grains.Live;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Bench;

/// <summary>
/// The two runs compared: the live engine on a baseline-sized population for some weeks, stepped a week per
/// call, and a bare fan-out that calls, each week, as many fresh grains as there are jobseekers present that
/// week, with the same bounded width. Both count jobseeker-weeks (grain-weeks for the bare run).
/// </summary>
internal sealed class FanOutWorkload(IGrainFactory grains, int weeks, int fanOut)
{
    private int _runs;

    public Scenario Scenario { get; } = MakeScenario(weeks);
    public int[] Present { get; } = new ModelParameters(MakeScenario(weeks)).EnteredBy;
    public long JobseekerWeeks => Present.Sum(n => (long)n);

    public async Task Live()
    {
        var run = grains.Simulation($"bench-live-{Interlocked.Increment(ref _runs)}");
        await run.Start(new LiveRunStart(ScenarioJson.Serialize(Scenario), Paused: true));
        for (int w = 0; w < weeks; w++) await run.Step();
    }

    public async Task Bare()
    {
        var driver = grains.GetGrain<IBareDriverGrain>($"bench-bare-{Interlocked.Increment(ref _runs)}");
        for (int w = 0; w < weeks; w++) await driver.Week(w, Present[w], fanOut);
    }

    private static Scenario MakeScenario(int weeks)
    {
        var s = ScenarioLibrary.BaselineScenario();
        s.Weeks = weeks;
        return s;
    }
}
