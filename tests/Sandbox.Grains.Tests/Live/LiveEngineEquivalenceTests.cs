using Sandbox.Grains.Live;
using Sandbox.Grains.Tests.Infrastructure;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Tests.Live;

/// <summary>
/// The live grain engine must produce exactly the kernel's metrics for the same scenario and seed: every
/// level, a scenario where partner services queue and budgets bind, on a two-silo cluster.
/// </summary>
[Collection(TwoSiloCollection.Name)]
public sealed class LiveEngineEquivalenceTests(TwoSiloCluster fixture)
{
    public static TheoryData<IntegrationLevel, bool> Cases()
    {
        var data = new TheoryData<IntegrationLevel, bool>();
        foreach (var level in IntegrationLevels.All) data.Add(level, false);
        data.Add(IntegrationLevel.CoLocation, true);
        data.Add(IntegrationLevel.FullIntegration, true);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Live_engine_metrics_equal_the_kernels(IntegrationLevel level, bool crowded)
    {
        var scenario = crowded ? TestScenarios.Crowded(level) : TestScenarios.Small(level);
        var expected = TestScenarios.Kernel(scenario);

        var actual = await LiveRuns.RunToEnd(fixture.Grains, $"equiv-{level}-{crowded}", scenario);

        TestScenarios.AssertBitIdentical(expected, actual);
        Assert.True(actual.Series("hires").ToArray().Sum() > 0, "the scenario hired nobody: not a meaningful comparison");
    }

    /// <summary>A reform path changes the parameters mid-run; agent grains must read each week's parameters.</summary>
    [Fact]
    public async Task Live_engine_follows_a_reform_path_like_the_kernel()
    {
        var scenario = ScenarioLibrary.Load("cases/reform-to-full-integration");
        scenario.Population.InitialStock = 300;
        scenario.Population.WeeklyInflow = 10;
        scenario.Weeks = 90;
        TestScenarios.AssertBitIdentical(TestScenarios.Kernel(scenario), await LiveRuns.RunToEnd(fixture.Grains, "equiv-reform", scenario));
    }
}

/// <summary>Starting a live run and waiting for it as a dashboard would: start, then observe.</summary>
internal static class LiveRuns
{
    public static async Task<RunResult> RunToEnd(IGrainFactory grains, string runId, Scenario scenario)
    {
        var run = grains.Simulation(runId);
        await run.Start(new LiveRunStart(TestScenarios.Json(scenario)));
        var status = await Eventually.Until(run.GetStatus, s => s.IsOver, TimeSpan.FromSeconds(60), $"live run {runId} to finish");
        Assert.Equal(LiveRunState.Finished, status.State);
        return await run.GetResult();
    }
}
