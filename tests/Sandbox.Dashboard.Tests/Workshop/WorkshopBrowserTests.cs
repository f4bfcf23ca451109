using System.Globalization;
using Microsoft.Playwright;
using Sandbox.Dashboard.Workshop;
using Sandbox.Sim.Scenarios;
using Xunit.Abstractions;

namespace Sandbox.Dashboard.Tests.Workshop;

/// <summary>
/// A workshop in a real browser: the facilitator's page and four participant phones (separate browser contexts, so
/// separate storage and connections) following it through steps, a jump, a paced run, a poll and its reveal, a
/// spotlight, a fork and the cracks Sankey; a participant trying to control; a participant and the facilitator
/// reloading. Screenshots and latency figures go to TestResults/.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class WorkshopBrowserTests(DashboardHost host, ITestOutputHelper output)
{
    private const int Phones = 4;

    [Fact]
    public async Task Participants_follow_the_facilitator_vote_and_survive_reloads()
    {
        await using var browser = await BrowserSession.OpenAsync(host.Address);
        var facilitator = browser.Page;
        await facilitator.GotoAsync("/#/workshop");
        await facilitator.SelectOptionAsync("#ws-workshop", WorkshopFixtures.Workshop);
        await Assertions.Expect(facilitator.Locator(".ws-script")).ToContainTextAsync("Facilitator script");
        await facilitator.ClickAsync("#ws-create");
        var codeBox = facilitator.Locator("#ws-join-code");
        await codeBox.WaitForAsync();
        string code = (await codeBox.TextContentAsync())!;
        Assert.Equal(1, await facilitator.Locator("#ws-qr svg").CountAsync());
        string sessionId = await facilitator.EvaluateAsync<string>("() => JSON.parse(localStorage.getItem('workshop-facilitator')).sessionId");

        var phones = new List<IPage>();
        for (int i = 0; i < Phones; i++)
        {
            var context = await browser.Context.Browser!.NewContextAsync(new() { BaseURL = host.Address.ToString(), ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });
            var phone = await context.NewPageAsync();
            phone.SetDefaultTimeout(30_000);
            await phone.GotoAsync("/w/" + code);
            await phone.Locator("main[data-joined='true']").WaitForAsync();
            phones.Add(phone);
        }
        await Assertions.Expect(facilitator.Locator("#ws-people")).ToHaveTextAsync($"{Phones} joined");

        async Task AllAt(string attribute, string value)
        {
            foreach (var p in phones) await Assertions.Expect(p.Locator("#ws-header")).ToHaveAttributeAsync(attribute, value);
        }

        await facilitator.ClickAsync("#ws-step");
        await AllAt("data-week", "1");
        await facilitator.ClickAsync("#ws-step");
        await AllAt("data-week", "2");
        await facilitator.FillAsync("#ws-week-input", "20");
        await facilitator.ClickAsync("#ws-jump");
        await AllAt("data-week", "20");

        await facilitator.ClickAsync("#ws-start");
        await AllAt("data-state", "running");
        await phones[0].WaitForFunctionAsync("() => Number(document.querySelector('#ws-header').dataset.week) >= 30");
        await facilitator.ClickAsync("#ws-pause");
        await AllAt("data-state", "paused");
        string pausedAt = (await facilitator.Locator("#ws-header").GetAttributeAsync("data-week"))!;
        await AllAt("data-week", pausedAt);
        foreach (var p in phones) await Assertions.Expect(p.Locator(".ws-charts")).ToHaveAttributeAsync("data-weeks", pausedAt);
        await browser.ScreenshotAsync("workshop-1-facilitator-chart");
        await phones[0].ScreenshotAsync(new() { Path = Shot("workshop-2-phone-chart"), FullPage = true });
        var latencies = new List<double>();
        foreach (var p in phones) latencies.AddRange(await p.EvaluateAsync<double[]>("() => window.__workshop.latencies"));

        // A participant's page reaches the hub like anyone could; the server refuses control without the key.
        string refusal = await phones[1].EvaluateAsync<string>(
            "async id => { try { await window.__workshop.invoke('Control', { sessionId: id, key: null, command: 'start' }); return 'accepted'; } catch (e) { return e.error.code + ':' + e.error.field; } }", sessionId);
        Assert.Equal("forbidden:key", refusal);
        Assert.Equal(0, await phones[1].Locator("#ws-start, #ws-step, #ws-jump").CountAsync());
        await AllAt("data-state", "paused");

        // A prediction from every phone, then the reveal beside the model's own answer.
        var plan = WorkshopLibrary.Load(WorkshopFixtures.Workshop);
        var scenario = ScenarioLibrary.Load(plan.Scenario);
        var poll = plan.Polls.Single(p => p.Id == "still-unemployed");
        await facilitator.ClickAsync("#ws-open-still-unemployed");
        var voteMs = new List<double>();
        for (int i = 0; i < Phones; i++)
        {
            await phones[i].Locator("#ws-poll[data-poll='still-unemployed']").WaitForAsync();
            await phones[i].FillAsync("#ws-number", (10 + 15 * i).ToString(CultureInfo.InvariantCulture));
            voteMs.Add(await phones[i].EvaluateAsync<double>(
                "async () => { const t = performance.now(); document.querySelector('#ws-submit').click(); " +
                "while (!document.querySelector('#ws-mine').textContent.startsWith('Your prediction')) await new Promise(r => setTimeout(r, 5)); return performance.now() - t; }"));
        }
        await Assertions.Expect(facilitator.Locator("[data-votes='still-unemployed']")).ToHaveTextAsync($"{Phones} voted");
        await phones[3].ScreenshotAsync(new() { Path = Shot("workshop-3-phone-poll"), FullPage = true });
        await facilitator.ClickAsync("#ws-reveal-still-unemployed");
        string answer = PollAnswer.Simulate(poll, scenario).Text;
        foreach (var p in phones)
        {
            await Assertions.Expect(p.Locator("#ws-result")).ToHaveAttributeAsync("data-voters", Phones.ToString(CultureInfo.InvariantCulture));
            await Assertions.Expect(p.Locator("#ws-answer")).ToHaveTextAsync(answer);
        }
        Assert.Equal(Phones, await phones[0].Locator("#ws-result .bar").EvaluateAllAsync<int>("bars => bars.reduce((n, b) => n + Number(b.dataset.count), 0)"));
        await browser.ScreenshotAsync("workshop-4-facilitator-poll-result");

        // Follow the workshop's client, fork the run, and reveal the cracks.
        int amira = SpotlightFinder.Find(plan.Spotlight!, scenario);
        await facilitator.ClickAsync("#ws-spotlight-suggested");
        foreach (var p in phones) await Assertions.Expect(p.Locator("#ws-spotlight")).ToHaveAttributeAsync("data-client", amira.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(phones[0].Locator("#ws-spotlight h2")).ToHaveTextAsync("Following Amira");
        await phones[0].ScreenshotAsync(new() { Path = Shot("workshop-5-phone-spotlight"), FullPage = true });
        await facilitator.SelectOptionAsync("#ws-level", "joint-planning");
        await facilitator.ClickAsync("#ws-fork");
        foreach (var p in phones) await Assertions.Expect(p.Locator("#ws-spotlight .ws-line")).ToHaveCountAsync(2);
        await facilitator.ClickAsync("#ws-show-chart");
        foreach (var p in phones) await Assertions.Expect(p.Locator(".ws-charts")).ToHaveAttributeAsync("data-lines", "2");
        await facilitator.ClickAsync("#ws-show-cracks");
        foreach (var p in phones) await p.Locator("#ws-cracks[data-ready='true']").WaitForAsync();
        Assert.True(int.Parse((await phones[0].Locator("#ws-cracks").GetAttributeAsync("data-lost"))!, CultureInfo.InvariantCulture) > 0, "the Sankey shows nobody lost");
        await browser.ScreenshotAsync("workshop-6-facilitator-cracks");

        // A participant reloads: same seat (same token), counted once, back on the current stage.
        string token = await phones[2].EvaluateAsync<string>($"() => localStorage.getItem('workshop-token:{code}')");
        await phones[2].ReloadAsync();
        await phones[2].Locator("main[data-joined='true']").WaitForAsync();
        Assert.Equal(token, await phones[2].EvaluateAsync<string>($"() => localStorage.getItem('workshop-token:{code}')"));
        await Assertions.Expect(phones[2].Locator("#ws-header")).ToHaveAttributeAsync("data-stage", "cracks");
        await Assertions.Expect(facilitator.Locator("#ws-people")).ToHaveTextAsync($"{Phones} joined");

        // The facilitator reloads: the page takes the session back with the stored key and goes on steering.
        await facilitator.ReloadAsync();
        await Assertions.Expect(facilitator.Locator("#ws-join-code")).ToHaveTextAsync(code);
        await facilitator.ClickAsync("#ws-step");
        await AllAt("data-week", (int.Parse(pausedAt, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));

        string line = $"workshop: {Phones} participant pages; vote round trip p50 {Measurements.Percentile(voteMs, 0.5):0} ms, max {voteMs.Max():0} ms; " +
                      $"{latencies.Count} weekly frames on phones, engine-to-phone latency p50 {Measurements.Percentile(latencies, 0.5):0} ms, p95 {Measurements.Percentile(latencies, 0.95):0} ms";
        output.WriteLine(line);
        Measurements.Record(line);
        Assert.True(latencies.Count >= Phones * 5, line);
        Assert.True(Measurements.Percentile(voteMs, 0.5) < 1000, line);
    }

    private static string Shot(string name) => Path.Combine(Measurements.Folder("dashboard-screenshots"), name + ".png");
}
