using Sandbox.Dashboard.Workshop;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Tests.Workshop;

/// <summary>A clock the test moves by hand, so code expiry and vote refills are tested without sleeping.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    public void Advance(TimeSpan by) => _now += by;
    public override DateTimeOffset GetUtcNow() => _now;
    public override long GetTimestamp() => _now.UtcTicks;
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;
}

/// <summary>Counts what a session publishes, for tests that run a session without a hub.</summary>
public sealed class RecordingPublisher : IWorkshopPublisher
{
    public int Views, Frames, Votes;
    public Task ViewAsync(string sessionId, WorkshopView view) { Interlocked.Increment(ref Views); return Task.CompletedTask; }
    public Task FrameAsync(string sessionId, WorkshopFrame frame) { Interlocked.Increment(ref Frames); return Task.CompletedTask; }
    public Task VotesAsync(string sessionId, string pollId, int voters) { Interlocked.Increment(ref Votes); return Task.CompletedTask; }
    public Task PresenceAsync(string sessionId, int participants) => Task.CompletedTask;
}

public static class WorkshopFixtures
{
    public const string Workshop = "cracks-co-location";

    /// <summary>The first shipped workshop's scenario, cut to <paramref name="weeks"/> weeks to keep tests quick.</summary>
    public static Scenario Scenario(int weeks = 60)
    {
        var s = ScenarioLibrary.Load(WorkshopLibrary.Load(Workshop).Scenario);
        s.Weeks = weeks;
        return s;
    }

    public static WorkshopSession Session(ManualClock clock, out string key, WorkshopOptions? options = null, int weeks = 60)
    {
        key = WorkshopSecrets.NewKey();
        return new WorkshopSession("test", Scenario(weeks), WorkshopLibrary.Load(Workshop), key, new RecordingPublisher(), options ?? new WorkshopOptions(), clock);
    }
}
