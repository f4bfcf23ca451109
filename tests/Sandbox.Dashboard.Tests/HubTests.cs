using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR.Client;
using Sandbox.Dashboard.Hubs;
using Sandbox.Dashboard.Live;
using Sandbox.Dashboard.Scenarios;

namespace Sandbox.Dashboard.Tests;

/// <summary>The live hub with the SignalR .NET client: streaming, control rights, validation and rate limits.</summary>
[Collection(DashboardCollection.Name)]
public sealed class HubTests(DashboardHost host)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_run_streams_every_week_in_order_to_its_starter()
    {
        await using var hub = await host.ConnectAsync();
        var weeks = new ConcurrentQueue<int>();
        hub.On<LiveFrame>("frame", f => weeks.Enqueue(f.Week));
        var ticket = await hub.InvokeAsync<LiveRunTicket>("StartRun", new StartRunRequest(SmallScenario.Request(), WeeksPerSecond: 100));
        Assert.False(string.IsNullOrEmpty(ticket.ControlKey));
        await HubAssert.Eventually(() => weeks.Count >= 40, Wait, "40 weeks");
        Assert.Equal(Enumerable.Range(1, 40), weeks);

        var snapshot = await hub.InvokeAsync<LiveSnapshot>("Watch", ticket.Run.RunId);
        Assert.Equal(LiveRunState.Finished, snapshot.Run.State);
        Assert.All(snapshot.History, h => Assert.Equal(40, h.Length));
        Assert.Contains(snapshot.Series, s => s.Panel == "waiting");
        Assert.Contains(snapshot.Series, s => s.Panel == "cracks");
        Assert.Contains(snapshot.Series, s => s.Key == "costPerSustainedJob");
    }

    [Fact]
    public async Task Pause_step_and_reset_move_the_run_one_week_at_a_time()
    {
        await using var hub = await host.ConnectAsync();
        var resets = 0;
        hub.On<LiveSnapshot>("reset", _ => Interlocked.Increment(ref resets));
        var ticket = await hub.InvokeAsync<LiveRunTicket>("StartRun", new StartRunRequest(SmallScenario.Request(), Paused: true));
        string id = ticket.Run.RunId;
        Assert.Equal(LiveRunState.Created, ticket.Run.State);
        for (int i = 0; i < 3; i++) await hub.InvokeAsync<LiveRunInfo>("Control", new ControlRequest(id, "step"));
        var info = await hub.InvokeAsync<LiveRunInfo>("Control", new ControlRequest(id, "step"));
        Assert.Equal(4, info.Week);
        Assert.Equal(LiveRunState.Paused, info.State);

        info = await hub.InvokeAsync<LiveRunInfo>("Control", new ControlRequest(id, "reset"));
        Assert.Equal(0, info.Week);
        await HubAssert.Eventually(() => resets == 1, Wait, "the reset snapshot");

        info = await hub.InvokeAsync<LiveRunInfo>("SetSpeed", new SpeedRequest(id, 50));
        Assert.Equal(50, info.WeeksPerSecond);
        info = await hub.InvokeAsync<LiveRunInfo>("Control", new ControlRequest(id, "stop"));
        Assert.Equal(LiveRunState.Stopped, info.State);
    }

    [Fact]
    public async Task Viewers_watch_but_only_the_starter_or_a_key_holder_controls()
    {
        await using var starter = await host.ConnectAsync();
        await using var viewer = await host.ConnectAsync();
        var ticket = await starter.InvokeAsync<LiveRunTicket>("StartRun", new StartRunRequest(SmallScenario.Request(), Paused: true));
        string id = ticket.Run.RunId;

        var snapshot = await viewer.InvokeAsync<LiveSnapshot>("Watch", id);
        Assert.Equal(id, snapshot.Run.RunId);
        var refused = await HubAssert.Refused(() => viewer.InvokeAsync<LiveRunInfo>("Control", new ControlRequest(id, "step")));
        Assert.Equal("forbidden", refused.Code);
        refused = await HubAssert.Refused(() => viewer.InvokeAsync<LiveRunInfo>("Control", new ControlRequest(id, "step", "wrong-key")));
        Assert.Equal("forbidden", refused.Code);
        Assert.False(await viewer.InvokeAsync<bool>("ClaimControl", id, "wrong-key"));

        var stepped = await viewer.InvokeAsync<LiveRunInfo>("Control", new ControlRequest(id, "step", ticket.ControlKey));
        Assert.Equal(1, stepped.Week);
        // Having shown the key once, the viewer's connection is a controller.
        stepped = await viewer.InvokeAsync<LiveRunInfo>("Control", new ControlRequest(id, "step"));
        Assert.Equal(2, stepped.Week);
    }

    [Fact]
    public async Task Bad_messages_get_a_structured_error_and_the_connection_keeps_working()
    {
        await using var hub = await host.ConnectAsync();
        var ticket = await hub.InvokeAsync<LiveRunTicket>("StartRun", new StartRunRequest(SmallScenario.Request(), Paused: true));
        string id = ticket.Run.RunId;

        var e = await HubAssert.Refused(() => hub.InvokeAsync<LiveRunInfo>("SetSpeed", new SpeedRequest(id, 1000)));
        Assert.Equal(("weeksPerSecond", "0.25 to 100 weeks per second"), (e.Field, e.Allowed));
        e = await HubAssert.Refused(() => hub.InvokeAsync<LiveRunInfo>("Control", new ControlRequest(id, "explode")));
        Assert.Equal("command", e.Field);
        e = await HubAssert.Refused(() => hub.InvokeAsync<LiveSnapshot>("Watch", "../../x"));
        Assert.Equal("runId", e.Field);
        e = await HubAssert.Refused(() => hub.InvokeAsync<LiveSnapshot>("Watch", "nosuchrun"));
        Assert.Equal("notFound", e.Code);
        var big = SmallScenario.Request();
        big.Overrides!["population.weeklyInflow"] = SmallScenario.Number(-5);
        e = await HubAssert.Refused(() => hub.InvokeAsync<LiveRunTicket>("StartRun", new StartRunRequest(big)));
        Assert.Equal("population.weeklyInflow", e.Field);
        e = await HubAssert.Refused(() => hub.InvokeAsync<LiveRunTicket>("StartRun", new StartRunRequest(new ScenarioRequest { Json = new string(' ', 61_000) })));
        Assert.Equal("json", e.Field);
        e = await HubAssert.Refused(() => hub.InvokeAsync<LiveRunTicket>("StartRun",
            new StartRunRequest(new ScenarioRequest { Overrides = new() { ["population.initialStock"] = SmallScenario.Number(1_000_000) } })));
        Assert.Equal("population.initialStock", e.Field);
        // Arguments of the wrong JSON type are named like any other bad value, not answered "failed to invoke".
        e = await HubAssert.Refused(() => hub.InvokeAsync<LiveRunInfo>("Control", 42));
        Assert.Equal(("request", "42", "an object"), (e.Field, e.Value, e.Allowed));
        e = await HubAssert.Refused(() => hub.InvokeAsync<LiveRunInfo>("SetSpeed", new { runId = id, weeksPerSecond = "fast" }));
        Assert.Equal(("weeksPerSecond", "\"fast\"", "a number"), (e.Field, e.Value, e.Allowed));
        e = await HubAssert.Refused(() => hub.InvokeAsync<LiveSnapshot>("Watch", 7));
        Assert.Equal(("runId", "text in quotes"), (e.Field, e.Allowed));

        Assert.Equal(HubConnectionState.Connected, hub.State);
        var info = await hub.InvokeAsync<LiveRunInfo>("Control", new ControlRequest(id, "step"));
        Assert.Equal(1, info.Week);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_only_that_connection()
    {
        await using var rude = await host.ConnectAsync();
        var closed = new TaskCompletionSource();
        rude.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        try { await rude.InvokeAsync<LiveRunTicket>("StartRun", new StartRunRequest(new ScenarioRequest { Json = new string('x', 100_000) })); }
        catch (Exception) { /* the server drops the connection rather than read 100 kB */ }
        await closed.Task.WaitAsync(Wait);

        await using var polite = await host.ConnectAsync();
        var runs = await polite.InvokeAsync<IReadOnlyList<LiveRunInfo>>("ListRuns");
        Assert.NotNull(runs);
    }

    [Fact]
    public async Task Floods_are_rate_limited_and_the_connection_recovers()
    {
        await using var hub = await host.ConnectAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 120).Select(async _ =>
        {
            try { await hub.InvokeAsync<IReadOnlyList<LiveRunInfo>>("ListRuns"); return "ok"; }
            catch (Microsoft.AspNetCore.SignalR.HubException e) when (e.Message.Contains("rateLimited", StringComparison.Ordinal)) { return "limited"; }
        }));
        Assert.Contains("limited", results);
        // The burst (40) goes through at once; how many more depends on how fast this machine serves the rest.
        Assert.InRange(results.Count(r => r == "ok"), 40, 119);
        await Task.Delay(1200);
        Assert.NotNull(await hub.InvokeAsync<IReadOnlyList<LiveRunInfo>>("ListRuns"));
    }
}
