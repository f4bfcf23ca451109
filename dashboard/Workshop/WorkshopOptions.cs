namespace Sandbox.Dashboard.Workshop;

/// <summary>
/// Limits of workshop mode (configuration section "Workshop"). A join code is printed on a slide and read out in a
/// room, so it is short and therefore guessable over time: it expires, while people who already joined keep their
/// place through the session with the token they got.
/// </summary>
public sealed class WorkshopOptions
{
    public const string Section = "Workshop";

    /// <summary>How long a join code admits new participants after the session is created.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromHours(4);

    /// <summary>A session nobody has touched for this long is dropped.</summary>
    public TimeSpan IdleLifetime { get; set; } = TimeSpan.FromHours(12);

    public int MaxSessions { get; set; } = 20;

    /// <summary>
    /// The address phones in the room use to reach this server (e.g. http://192.168.1.20:5000), for the join link
    /// and QR code. Unset, the link uses the address the facilitator's browser used, which is no use to a phone
    /// when that is 127.0.0.1.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>People admitted per session: a room of 10–60, with room for latecomers on a second device.</summary>
    public int MaxParticipants { get; set; } = 200;

    /// <summary>Votes a participant may send per second on average, and the burst they may save up (changing one's mind is fine; a script is not).</summary>
    public double VotesPerSecond { get; set; } = 0.5;

    public int VoteBurst { get; set; } = 3;

    /// <summary>Timelines shown side by side: the run and up to three forks.</summary>
    public int MaxBranches { get; set; } = 4;

    /// <summary>Most jobseekers over a workshop run (it keeps every journey of every branch in memory).</summary>
    public int MaxAgents { get; set; } = 40_000;
}
