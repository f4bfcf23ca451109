using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Hubs;
using Sandbox.Dashboard.Live;
using Sandbox.Dashboard.Scenarios;

namespace Sandbox.Dashboard.Tests;

/// <summary>
/// The dashboard runs on the co-hosted Orleans silo by default, and the grain engine shows exactly what the kernel
/// would: same weekly metrics to the bit, same clients and journeys.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class EngineTests(DashboardHost host)
{
    [Fact]
    public async Task Live_runs_and_experiments_run_on_orleans_by_default()
    {
        await using var hub = await host.ConnectAsync();
        var ticket = await hub.InvokeAsync<LiveRunTicket>("StartRun", new StartRunRequest(SmallScenario.Request(), Paused: true));
        Assert.Equal("orleans", ticket.Run.Engine);
        // Compares and sweeps go to the engine behind the router (researchers' kinds always run in-process).
        Assert.IsType<ExperimentRouter>(host.Services.GetRequiredService<IExperiments>());
        Assert.IsType<GrainExperiments>(host.Services.GetRequiredKeyedService<IExperiments>(ExperimentRouter.EngineKey));
    }

    [Fact]
    public async Task The_grain_engine_gives_the_kernels_weeks_and_journeys()
    {
        var scenario = host.Services.GetRequiredService<ScenarioResolver>().Resolve(SmallScenario.Request("full-integration", weeks: 20));
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        await using var kernel = new KernelEngine(scenario);
        await using var orleans = await GrainEngine.StartAsync(grains, "engine-test-" + Guid.NewGuid().ToString("N")[..8], scenario);
        for (int w = 0; w < 20; w++)
        {
            await kernel.StepAsync();
            await orleans.StepAsync();
        }
        Assert.Equal(kernel.Layout.Columns, orleans.Layout.Columns);
        Assert.True(kernel.Result().Values.SequenceEqual(orleans.Result().Values), "weekly metrics differ between the engines");
        Assert.Equal(kernel.Entered, orleans.Entered);
        foreach (int id in new[] { 0, 7, 123, kernel.Entered - 1 })
        {
            var a = await kernel.ClientAsync(id);
            var b = await orleans.ClientAsync(id);
            Assert.Equal((a.Status, a.Engagement, a.BarriersAtEntry, a.Flags), (b.Status, b.Engagement, b.BarriersAtEntry, b.Flags));
            Assert.Equal(a.Events, b.Events);
        }
    }
}
