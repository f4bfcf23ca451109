using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR.Client;
using Sandbox.Dashboard.Compare;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Hubs;
using Sandbox.Dashboard.Live;
using System.Net.Http.Json;

namespace Sandbox.Dashboard.Tests;

/// <summary>The in-process kernel engine ("Dashboard:Engine": "kernel") serves the same hub and API.</summary>
public sealed class KernelEngineTests(KernelDashboardHost host) : IClassFixture<KernelDashboardHost>
{
    [Fact]
    public async Task A_kernel_run_streams_every_week_and_a_compare_completes()
    {
        await using var hub = await host.ConnectAsync();
        var weeks = new ConcurrentQueue<int>();
        hub.On<LiveFrame>("frame", f => weeks.Enqueue(f.Week));
        var ticket = await hub.InvokeAsync<LiveRunTicket>("StartRun", new StartRunRequest(SmallScenario.Request(), WeeksPerSecond: 100));
        Assert.Equal("kernel", ticket.Run.Engine);
        await HubAssert.Eventually(() => weeks.Count >= 40, TimeSpan.FromSeconds(30), "40 weeks");
        Assert.Equal(Enumerable.Range(1, 40), weeks);

        using var http = host.Http();
        var info = await ExperimentApiTests.RunToEnd(http, new ExperimentRequest { Scenario = SmallScenario.Request(), Levels = ["co-location", "joint-planning"], Replications = 2 });
        Assert.Equal("in-process kernel", info.Engine);
        var view = await http.GetFromJsonAsync<CompareView>($"/api/experiments/{info.Id}/compare", DashboardHost.Json);
        Assert.Equal(2, view!.Headlines.Count);
    }
}
