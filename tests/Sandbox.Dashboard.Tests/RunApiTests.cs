using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Hubs;
using Sandbox.Dashboard.Live;

namespace Sandbox.Dashboard.Tests;

/// <summary>The run API's client pages: a client's twin under another level is asked for by name, and a missing or unknown level is named in the error.</summary>
[Collection(DashboardCollection.Name)]
public sealed class RunApiTests(DashboardHost host)
{
    [Fact]
    public async Task A_twin_needs_a_level_and_names_the_levels_when_it_has_none_or_a_wrong_one()
    {
        await using var hub = await host.ConnectAsync();
        var ticket = await hub.InvokeAsync<LiveRunTicket>("StartRun", new StartRunRequest(SmallScenario.Request(), Paused: true));
        string id = ticket.Run.RunId;
        for (int i = 0; i < 3; i++) await hub.InvokeAsync<LiveRunInfo>("Control", new ControlRequest(id, "step"));
        using var http = host.Http();

        foreach (var (query, value) in new[] { ("", "(missing)"), ("?level=utopia", "utopia") })
        {
            var response = await http.GetAsync($"/api/runs/{id}/clients/0/twin{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = await response.Content.ReadFromJsonAsync<ApiError>(DashboardHost.Json);
            Assert.Equal(("level", value), (error!.Field, error.Value));
            Assert.Contains("full-integration", error.Allowed);
        }
        var twin = await http.GetAsync($"/api/runs/{id}/clients/0/twin?level=full-integration");
        Assert.Equal(HttpStatusCode.OK, twin.StatusCode);
    }
}
