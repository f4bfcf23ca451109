using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Sandbox.Dashboard.Workshop;

namespace Sandbox.Dashboard.Tests.Workshop;

/// <summary>The workshop hub over real SignalR: rights, join codes, votes, reconnects and the handout.</summary>
[Collection(DashboardCollection.Name)]
public sealed class WorkshopHubTests(DashboardHost host)
{
    private const string Workshop = WorkshopFixtures.Workshop;

    [Fact]
    public async Task Participants_follow_the_facilitator_can_vote_but_cannot_control()
    {
        await using var facilitator = await host.ConnectAsync("/hubs/workshop");
        var ticket = await facilitator.InvokeAsync<FacilitatorTicket>("Create", new CreateWorkshopRequest(Workshop));
        Assert.Equal(6, ticket.View.Header.JoinCode.Length);
        Assert.EndsWith("/w/" + ticket.View.Header.JoinCode, ticket.JoinUrl);
        Assert.StartsWith("<svg", ticket.QrSvg.TrimStart());

        var participants = new List<HubConnection>();
        var views = new ConcurrentDictionary<int, WorkshopView>();
        var tickets = new List<ParticipantTicket>();
        for (int i = 0; i < 3; i++)
        {
            var c = await host.ConnectAsync("/hubs/workshop");
            int n = i;
            c.On<WorkshopView>("view", v => views[n] = v);
            participants.Add(c);
            tickets.Add(await c.InvokeAsync<ParticipantTicket>("Join", new JoinRequest(ticket.View.Header.JoinCode.ToLowerInvariant())));
        }
        try
        {
            Assert.Equal(3, tickets.Select(t => t.Token).Distinct().Count());
            var stepped = await facilitator.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "jump", Week: 8));
            Assert.Equal(8, stepped.Header.Week);
            await HubAssert.Eventually(() => views.Count == 3 && views.Values.All(v => v.Header.Week == 8), TimeSpan.FromSeconds(10), "every participant at week 8");
            Assert.All(views.Values, v => Assert.Equal(8, v.Branches[0].History[0].Length));
            Assert.Equal(3, views.Values.First().Header.Participants);

            // A participant's token is not the facilitator's key, and without a key nothing moves.
            foreach (var key in new[] { null, tickets[0].Token })
            {
                var refused = await HubAssert.Refused(() => participants[0].InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, key, "step")));
                Assert.Equal(("forbidden", "key"), (refused.Code, refused.Field));
            }
            Assert.Equal(8, (await participants[1].InvokeAsync<ParticipantTicket>("Join", new JoinRequest(ticket.View.Header.JoinCode, tickets[1].Token))).View.Header.Week);

            await facilitator.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "openPoll", PollId: "fewest-lost"));
            for (int i = 0; i < 3; i++)
                await participants[i].InvokeAsync<int>("Vote", new VoteRequest(ticket.SessionId, tickets[i].Token, "fewest-lost", Choice: i == 0 ? "co-location" : "full-integration"));
            var bad = await HubAssert.Refused(() => participants[0].InvokeAsync<int>("Vote", new VoteRequest(ticket.SessionId, tickets[0].Token, "fewest-lost", Choice: "anarchy")));
            Assert.Equal(("invalid", "choice", "anarchy"), (bad.Code, bad.Field, bad.Value));

            // A dropped participant comes back on a new connection with their token: same seat, vote still counted once.
            await participants[2].DisposeAsync();
            participants[2] = await host.ConnectAsync("/hubs/workshop");
            var back = await participants[2].InvokeAsync<ParticipantTicket>("Join", new JoinRequest(ticket.View.Header.JoinCode, tickets[2].Token));
            Assert.Equal(tickets[2].Token, back.Token);
            Assert.Equal(3, back.View.Poll!.Voters);
            await participants[2].InvokeAsync<int>("Vote", new VoteRequest(ticket.SessionId, tickets[2].Token, "fewest-lost", Choice: "joint-planning"));

            var revealed = await facilitator.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "revealPoll", PollId: "fewest-lost"));
            var result = revealed.Result!;
            Assert.Equal(3, result.Voters);
            Assert.Equal(new Dictionary<string, int> { ["co-location"] = 1, ["mainstreamed"] = 0, ["joint-planning"] = 1, ["full-integration"] = 1 },
                result.Bars.ToDictionary(b => b.Key, b => b.Count));
            Assert.Equal(4, result.Answer.Levels.Count);
            Assert.Equal(result.Answer.Levels.MinBy(l => l.Value)!.Level, result.Answer.Level);
        }
        finally
        {
            foreach (var p in participants) await p.DisposeAsync();
        }
    }

    [Fact]
    public async Task Frames_carry_consecutive_revisions_so_a_phone_joining_mid_run_knows_what_its_view_holds()
    {
        await using var facilitator = await host.ConnectAsync("/hubs/workshop");
        var ticket = await facilitator.InvokeAsync<FacilitatorTicket>("Create", new CreateWorkshopRequest(Workshop));
        await facilitator.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "speed", WeeksPerSecond: 20));
        await facilitator.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "start"));
        await Task.Delay(300);

        await using var phone = await host.ConnectAsync("/hubs/workshop");
        var frames = new ConcurrentQueue<WorkshopFrame>();
        phone.On<WorkshopFrame>("frame", frames.Enqueue);
        var joined = await phone.InvokeAsync<ParticipantTicket>("Join", new JoinRequest(ticket.View.Header.JoinCode));
        await HubAssert.Eventually(() => frames.Count(f => f.Header.Revision > joined.View.Header.Revision) >= 5, TimeSpan.FromSeconds(20), "five frames after joining");
        await facilitator.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "pause"));

        // Whatever was sent before or after the reply, the frames after the joined view follow it with no gap.
        var after = frames.Where(f => f.Header.Revision > joined.View.Header.Revision).ToArray();
        Assert.True(joined.View.Header.Week > 0, "the phone joined before the run had moved");
        for (int i = 0; i < after.Length; i++)
        {
            Assert.Equal(joined.View.Header.Revision + 1 + i, after[i].Header.Revision);
            Assert.Equal(joined.View.Header.Week + 1 + i, after[i].Header.Week);
        }
    }

    [Fact]
    public async Task A_reloaded_facilitator_page_takes_control_back_with_its_key_and_nobody_else_can()
    {
        await using var first = await host.ConnectAsync("/hubs/workshop");
        var ticket = await first.InvokeAsync<FacilitatorTicket>("Create", new CreateWorkshopRequest(Workshop));
        await first.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "jump", Week: 5));
        await first.DisposeAsync();

        await using var reloaded = await host.ConnectAsync("/hubs/workshop");
        var again = await reloaded.InvokeAsync<FacilitatorTicket>("Facilitate", ticket.SessionId, ticket.Key);
        Assert.Equal(ticket.View.Header.JoinCode, again.View.Header.JoinCode);
        Assert.Equal(5, again.View.Header.Week);
        Assert.Equal(6, (await reloaded.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "step"))).Header.Week);

        var refused = await HubAssert.Refused(() => reloaded.InvokeAsync<FacilitatorTicket>("Facilitate", ticket.SessionId, "guessed-key"));
        Assert.Equal("forbidden", refused.Code);
    }

    [Fact]
    public async Task Unknown_or_malformed_join_codes_are_refused_with_the_shape_expected()
    {
        await using var c = await host.ConnectAsync("/hubs/workshop");
        var malformed = await HubAssert.Refused(() => c.InvokeAsync<ParticipantTicket>("Join", new JoinRequest("12")));
        Assert.Equal(("invalid", "code", "12"), (malformed.Code, malformed.Field, malformed.Value));
        Assert.Contains("6 letters", malformed.Allowed);
        var unknown = await HubAssert.Refused(() => c.InvokeAsync<ParticipantTicket>("Join", new JoinRequest("ZZZZZZ")));
        Assert.Equal("notFound", unknown.Code);
        var noWorkshop = await HubAssert.Refused(() => c.InvokeAsync<FacilitatorTicket>("Create", new CreateWorkshopRequest("no-such-workshop")));
        Assert.Equal(("invalid", "workshop"), (noWorkshop.Code, noWorkshop.Field));
        Assert.Contains("joint-diagnosis", noWorkshop.Allowed);
        var typed = await HubAssert.Refused(() => c.InvokeAsync<ParticipantTicket>("Join", new { code = 123456 }));
        Assert.Equal(("code", "123456", "text in quotes"), (typed.Field, typed.Value, typed.Allowed));
        var vote = await HubAssert.Refused(() => c.InvokeAsync<int>("Vote", new { sessionId = "s", token = "t", pollId = "p", number = "five" }));
        Assert.Equal(("number", "a number"), (vote.Field, vote.Allowed));
    }

    [Fact]
    public async Task The_handout_is_a_pdf_with_the_charts_of_the_session()
    {
        await using var c = await host.ConnectAsync("/hubs/workshop");
        var ticket = await c.InvokeAsync<FacilitatorTicket>("Create", new CreateWorkshopRequest(Workshop));
        await c.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "jump", Week: 20));
        await c.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "fork", Level: "joint-planning"));
        await c.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "jump", Week: 30));
        await c.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "spotlight"));
        await c.InvokeAsync<WorkshopView>("Control", new WorkshopCommand(ticket.SessionId, ticket.Key, "revealPoll", PollId: "still-unemployed"));

        using var http = host.Http();
        var response = await http.GetAsync($"/api/workshops/sessions/{ticket.SessionId}/handout.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        string text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-1.4", text);
        Assert.EndsWith("%%EOF\n", text);
        // Cover, four curves + outcomes (three pages), one poll (one page), the spotlight (one page at least).
        int pages = System.Text.RegularExpressions.Regex.Matches(text, @"/Type /Page\b").Count;
        Assert.InRange(pages, 6, 12);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Matches(text, "/Subtype /Image").Count);
        // Every cross-reference entry points at the object it names, or viewers would have to repair the file.
        int xref = int.Parse(text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        var entries = text[xref..].Split('\n').Skip(3).TakeWhile(l => l.EndsWith(" n ", StringComparison.Ordinal)).ToArray();
        Assert.True(entries.Length > pages);
        for (int i = 0; i < entries.Length; i++)
            Assert.StartsWith($"{i + 1} 0 obj", text[int.Parse(entries[i][..10], System.Globalization.CultureInfo.InvariantCulture)..]);
        await File.WriteAllBytesAsync(Path.Combine(Measurements.Folder("dashboard-screenshots"), "workshop-handout.pdf"), bytes);

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/workshops/sessions/0123456789abcdef/handout.pdf")).StatusCode);
    }

    [Fact]
    public async Task The_workshop_list_and_scripts_are_served_and_the_join_link_opens_the_participant_page()
    {
        using var http = host.Http();
        var list = await http.GetStringAsync("/api/workshops");
        Assert.Contains("Falling through the cracks under co-location", list);
        Assert.Contains("What joint diagnosis changes", list);
        Assert.Contains("The cost of full integration and what it buys", list);
        var detail = await http.GetStringAsync("/api/workshops/joint-diagnosis");
        Assert.Contains("Fork a new line", detail);
        var page = await http.GetStringAsync("/w/ABCDEF");
        Assert.Contains("/dist/join.js", page);
    }
}
