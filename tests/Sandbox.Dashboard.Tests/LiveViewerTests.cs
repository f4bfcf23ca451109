using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Sandbox.Dashboard.Hubs;
using Sandbox.Dashboard.Live;

namespace Sandbox.Dashboard.Tests;

/// <summary>
/// Viewers who open a run while it is racing along at top speed: a week can be sent between the snapshot a page
/// asks for and the snapshot's reply. Every page must still end up holding every week, none twice, none missing.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class LiveViewerTests(DashboardHost host)
{
    private const int Weeks = 300;
    private const int Viewers = 10;

    [Fact]
    public async Task Pages_that_join_a_fast_run_mid_way_end_with_every_week()
    {
        await using var hub = await host.ConnectAsync();
        var finished = new TaskCompletionSource();
        hub.On<LiveRunInfo>("status", s => { if (s.State == LiveRunState.Finished) finished.TrySetResult(); });
        var request = SmallScenario.Request(stock: 300, inflow: 6, weeks: Weeks);
        var ticket = await hub.InvokeAsync<LiveRunTicket>("StartRun", new StartRunRequest(request, WeeksPerSecond: LiveRunSettings.MaxSpeed));
        string runId = ticket.Run.RunId;

        await using var browser = await BrowserSession.OpenAsync(host.Address);
        var pages = new List<IPage> { browser.Page };
        await browser.Page.GotoAsync($"/#/live/{runId}");
        for (int i = 1; i < Viewers && !finished.Task.IsCompleted; i++)
        {
            // Staggered, so pages join at different weeks of the run.
            await Task.Delay(100 + 20 * i);
            var page = await browser.Context.NewPageAsync();
            await page.GotoAsync($"/#/live/{runId}");
            pages.Add(page);
        }
        await finished.Task.WaitAsync(TimeSpan.FromSeconds(90));
        Assert.True(pages.Count >= 2, "the run finished before a second viewer joined; nothing was tested");

        foreach (var page in pages)
        {
            await page.WaitForFunctionAsync($"() => Number(document.querySelector('.grid')?.dataset.weeks ?? 0) >= {Weeks}",
                null, new() { Timeout = 20_000 });
            Assert.Equal(Weeks.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator(".grid").GetAttributeAsync("data-weeks"));
            await Assertions.Expect(page.Locator("#run-status")).ToHaveAttributeAsync("data-state", "finished");
        }
    }
}
