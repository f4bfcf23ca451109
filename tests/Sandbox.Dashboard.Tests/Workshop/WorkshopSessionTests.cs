using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Workshop;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Tests.Workshop;

/// <summary>Session logic without a hub: join codes and their expiry, the facilitator key, vote rate limits and vote checks.</summary>
public sealed class WorkshopSessionTests
{
    [Fact]
    public void Join_codes_are_six_unambiguous_characters_and_keys_are_long_and_random()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => WorkshopSecrets.NewCode()).ToArray();
        Assert.All(codes, c => Assert.True(WorkshopSecrets.IsCodeShaped(c), c));
        Assert.All(codes, c => Assert.DoesNotContain(c, ch => "0O1IL5S".Contains(ch)));
        Assert.True(codes.Distinct().Count() > 190, "codes repeat far more often than 29^6 allows");
        Assert.Equal("ABC234", WorkshopSecrets.NormaliseCode(" abc-234 "));
        var key = WorkshopSecrets.NewKey();
        Assert.Equal(24, key.Length);
        Assert.True(WorkshopSecrets.Matches(WorkshopSecrets.Hash(key), key));
        Assert.False(WorkshopSecrets.Matches(WorkshopSecrets.Hash(key), key[..^1] + (key[^1] == 'A' ? 'B' : 'A')));
        Assert.False(WorkshopSecrets.Matches(WorkshopSecrets.Hash(key), null));
    }

    [Fact]
    public async Task A_join_code_expires_but_participants_who_joined_keep_their_seat()
    {
        var clock = new ManualClock();
        await using var session = WorkshopFixtures.Session(clock, out _, new WorkshopOptions { CodeLifetime = TimeSpan.FromHours(2) });
        string token = session.Admit(null);
        Assert.Equal(token, session.Admit(token));
        clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));

        var refused = Assert.Throws<ApiErrorException>(() => session.Admit(null));
        Assert.Equal("expired", refused.Error.Code);
        Assert.Equal("code", refused.Error.Field);
        Assert.Equal(session.Code, refused.Error.Value);
        Assert.Equal(token, session.Admit(token));
        Assert.Equal("expired", Assert.Throws<ApiErrorException>(() => session.Admit("not-a-token-it-gave")).Error.Code);
    }

    [Fact]
    public async Task Seats_are_limited()
    {
        await using var session = WorkshopFixtures.Session(new ManualClock(), out _, new WorkshopOptions { MaxParticipants = 2 });
        session.Admit(null);
        session.Admit(null);
        var e = Assert.Throws<ApiErrorException>(() => session.Admit(null));
        Assert.Equal("participants", e.Error.Field);
        Assert.Contains("at most 2", e.Error.Allowed);
    }

    [Fact]
    public async Task Only_the_facilitator_key_controls_the_session()
    {
        await using var session = WorkshopFixtures.Session(new ManualClock(), out string key);
        string participant = session.Admit(null);
        foreach (var wrong in new[] { null, "", participant, key + "x" })
        {
            var e = Assert.Throws<ApiErrorException>(() => session.Demand(wrong));
            Assert.Equal("forbidden", e.Error.Code);
            Assert.Equal("key", e.Error.Field);
        }
        session.Demand(key);
    }

    [Fact]
    public async Task Votes_are_rate_limited_per_participant_and_refill_with_time()
    {
        var clock = new ManualClock();
        var options = new WorkshopOptions { VotesPerSecond = 0.5, VoteBurst = 3 };
        await using var session = WorkshopFixtures.Session(clock, out string key, options);
        await session.ExecuteAsync(new WorkshopCommand(session.Id, key, "openPoll", PollId: "still-unemployed"));
        string a = session.Admit(null), b = session.Admit(null);
        for (int i = 0; i < 3; i++) await session.VoteAsync(new VoteRequest(session.Id, a, "still-unemployed", Number: 10 + i));
        var limited = await Assert.ThrowsAsync<ApiErrorException>(() => session.VoteAsync(new VoteRequest(session.Id, a, "still-unemployed", Number: 20)));
        Assert.Equal("rateLimited", limited.Error.Code);
        // Another participant is not held back by the first one's haste.
        Assert.Equal(2, await session.VoteAsync(new VoteRequest(session.Id, b, "still-unemployed", Number: 30)));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(2, await session.VoteAsync(new VoteRequest(session.Id, a, "still-unemployed", Number: 40)));
    }

    [Fact]
    public async Task Votes_need_a_token_an_open_poll_and_an_allowed_answer()
    {
        await using var session = WorkshopFixtures.Session(new ManualClock(), out string key);
        string voter = session.Admit(null);
        Assert.Equal("forbidden", (await Assert.ThrowsAsync<ApiErrorException>(() => session.VoteAsync(new VoteRequest(session.Id, "forged", "fewest-lost", "co-location")))).Error.Code);
        Assert.Equal("closed", (await Assert.ThrowsAsync<ApiErrorException>(() => session.VoteAsync(new VoteRequest(session.Id, voter, "fewest-lost", "co-location")))).Error.Code);
        await session.ExecuteAsync(new WorkshopCommand(session.Id, key, "openPoll", PollId: "fewest-lost"));
        var badChoice = await Assert.ThrowsAsync<ApiErrorException>(() => session.VoteAsync(new VoteRequest(session.Id, voter, "fewest-lost", "the-best-one")));
        Assert.Equal("choice", badChoice.Error.Field);
        Assert.Contains("joint-planning", badChoice.Error.Allowed);
        await session.ExecuteAsync(new WorkshopCommand(session.Id, key, "openPoll", PollId: "lost-per-100"));
        var outOfRange = await Assert.ThrowsAsync<ApiErrorException>(() => session.VoteAsync(new VoteRequest(session.Id, voter, "lost-per-100", Number: 80)));
        Assert.Equal(("number", "80", "0 to 50"), (outOfRange.Error.Field, outOfRange.Error.Value, outOfRange.Error.Allowed));
    }

    [Fact]
    public async Task A_revealed_level_poll_shows_the_room_beside_the_level_the_model_finds_best()
    {
        await using var session = WorkshopFixtures.Session(new ManualClock(), out string key);
        await session.ExecuteAsync(new WorkshopCommand(session.Id, key, "openPoll", PollId: "fewest-lost"));
        var voters = Enumerable.Range(0, 5).Select(_ => session.Admit(null)).ToArray();
        string[] choices = ["co-location", "full-integration", "full-integration", "joint-planning", "full-integration"];
        for (int i = 0; i < voters.Length; i++) await session.VoteAsync(new VoteRequest(session.Id, voters[i], "fewest-lost", choices[i]));
        // A changed mind replaces the earlier vote.
        await session.VoteAsync(new VoteRequest(session.Id, voters[0], "fewest-lost", "mainstreamed"));

        var view = await session.ExecuteAsync(new WorkshopCommand(session.Id, key, "revealPoll", PollId: "fewest-lost"));
        var result = view.Result!;
        Assert.Equal(WorkshopStage.Result, view.Header.Stage);
        Assert.Equal(5, result.Voters);
        var expected = new Dictionary<string, int> { ["co-location"] = 0, ["mainstreamed"] = 1, ["joint-planning"] = 1, ["full-integration"] = 3 };
        Assert.Equal(expected, result.Bars.ToDictionary(b => b.Key, b => b.Count));

        // The answer is the level with the fewest lost clients when each level runs the same scenario and seed.
        var scenario = WorkshopFixtures.Scenario();
        var lost = IntegrationLevels.All.ToDictionary(l => l.Key(), l => ModelSnapshot.Simulate(scenario.WithLevel(l), 52).Measure(WorkshopMeasure.LostPer100));
        string best = lost.MinBy(p => p.Value).Key;
        Assert.Equal(best, result.Answer.Level);
        Assert.Equal(best, Assert.Single(result.Bars, b => b.IsAnswer).Key);
        Assert.Equal(lost[best], result.Answer.Value);
        Assert.True(lost.Values.Distinct().Count() > 1, "every level loses the same number of clients: the poll would have no answer");
    }

    [Fact]
    public async Task A_number_poll_bins_the_guesses_and_marks_the_bin_of_the_simulated_answer()
    {
        await using var session = WorkshopFixtures.Session(new ManualClock(), out string key);
        await session.ExecuteAsync(new WorkshopCommand(session.Id, key, "openPoll", PollId: "still-unemployed"));
        double[] guesses = [5, 15, 17, 95, 100];
        foreach (var g in guesses) await session.VoteAsync(new VoteRequest(session.Id, session.Admit(null), "still-unemployed", Number: g));
        var result = (await session.ExecuteAsync(new WorkshopCommand(session.Id, key, "revealPoll", PollId: "still-unemployed"))).Result!;

        Assert.Equal([1, 2, 0, 0, 0, 0, 0, 0, 0, 2], result.Bars.Select(b => b.Count));
        Assert.Equal(17, result.RoomMedian);
        double expected = ModelSnapshot.Simulate(WorkshopFixtures.Scenario(), 52).Measure(WorkshopMeasure.UnemployedPer100);
        Assert.Equal(expected, result.Answer.Value);
        Assert.InRange(expected, 1, 99);
        Assert.Equal(Math.Min(9, (int)(expected / 10)), result.Bars.ToList().FindIndex(b => b.IsAnswer));
        Assert.Contains(PollAnswer.Format(expected, WorkshopMeasure.UnemployedPer100), result.Answer.Text);
    }

    [Fact]
    public async Task Participants_see_no_answer_before_the_reveal()
    {
        await using var session = WorkshopFixtures.Session(new ManualClock(), out string key);
        var view = await session.ExecuteAsync(new WorkshopCommand(session.Id, key, "openPoll", PollId: "fewest-lost"));
        Assert.Null(view.Result);
        Assert.Equal("fewest-lost", view.Poll!.Id);
        Assert.True(view.Poll.Open);
        string json = System.Text.Json.JsonSerializer.Serialize(view, DashboardHost.Json);
        Assert.DoesNotContain("answer", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bad_commands_name_the_field_and_the_allowed_values()
    {
        await using var session = WorkshopFixtures.Session(new ManualClock(), out string key);
        async Task<ApiError> Refused(WorkshopCommand c) => (await Assert.ThrowsAsync<ApiErrorException>(() => session.ExecuteAsync(c))).Error;
        Assert.Equal(("week", "0 to 60"), Pair(await Refused(new WorkshopCommand(session.Id, key, "jump", Week: 61))));
        Assert.Equal("level", (await Refused(new WorkshopCommand(session.Id, key, "fork", Level: "utopia"))).Field);
        Assert.Equal("pollId", (await Refused(new WorkshopCommand(session.Id, key, "openPoll", PollId: "nope"))).Field);
        Assert.Equal("command", (await Refused(new WorkshopCommand(session.Id, key, "explode"))).Field);
        Assert.Equal("weeksPerSecond", (await Refused(new WorkshopCommand(session.Id, key, "speed", WeeksPerSecond: 1000))).Field);
    }

    private static (string, string) Pair(ApiError e) => (e.Field, e.Allowed);
}
