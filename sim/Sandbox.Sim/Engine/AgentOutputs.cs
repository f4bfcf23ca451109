using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;

namespace Sandbox.Sim.Engine;

/// <summary>
/// Everything a jobseeker's week produces for other agents or for the metrics: counters, journey events,
/// applications and waiting-list entries. Reused week after week (cleared, not reallocated).
/// </summary>
public sealed class AgentOutputs(int agencies)
{
    public WeekTally Tally { get; } = new();
    public IJourneySink? Journey { get; set; }
    /// <summary>Interviewed candidates; the employer phase keeps each vacancy's best.</summary>
    public GrowableBuffer<Candidate> Candidates { get; } = new(256);

    /// <summary>
    /// When set, the board index of every application sent (the grain engine reports applications per employer);
    /// the kernel leaves it null and keeps only counts.
    /// </summary>
    public GrowableBuffer<int>? AppliedTo { get; init; }
    public GrowableBuffer<WaitEntry>[] Waiting { get; } = Enumerable.Range(0, agencies).Select(_ => new GrowableBuffer<WaitEntry>(64)).ToArray();

    private ulong _agentWeekKey;
    private ulong _seedKey;
    private int _agent = -1;
    private int _week;
    private bool _keyReady;

    /// <summary>
    /// Starts an agent's turn. Its week's random key is mixed on the first draw and then shared by all its
    /// rules; most clients in work draw nothing in a week and never pay for it.
    /// </summary>
    public void BeginAgent(int agent, WeekContext ctx)
    {
        _agent = agent;
        _week = ctx.Week;
        _seedKey = ctx.P.SeedKey;
        _keyReady = false;
    }

    /// <summary>The agent-week key of the agent whose turn it is.</summary>
    public ulong AgentWeekKey(int agent)
    {
        System.Diagnostics.Debug.Assert(agent == _agent, "a rule drew for an agent whose turn it is not");
        if (!_keyReady)
        {
            _agentWeekKey = Randomness.CounterRng.AgentWeekKey(_seedKey, _agent, _week);
            _keyReady = true;
        }
        return _agentWeekKey;
    }

    /// <summary>The random draws of the agent whose turn it is.</summary>
    public Rules.Draw Rng(int agent) => new(AgentWeekKey(agent), ref Tally.Draws);

    /// <summary>Takes over another engine's end-of-week outputs (a fork continues from them).</summary>
    public void CopyFrom(AgentOutputs other)
    {
        Array.Copy(other.Tally.Counts, Tally.Counts, Tally.Counts.Length);
        Tally.Draws = other.Tally.Draws;
        for (int a = 0; a < Waiting.Length; a++)
        {
            Waiting[a].Clear();
            Waiting[a].AddRange(other.Waiting[a].Span);
        }
    }

    public void Clear()
    {
        Tally.Clear();
        Candidates.Clear();
        AppliedTo?.Clear();
        foreach (var w in Waiting) w.Clear();
    }

    public void Event(int agent, int week, JourneyEventKind kind, int agency = -1, int barrier = -1) =>
        Journey?.Record(new JourneyEvent(agent, (short)week, kind, (sbyte)agency, (sbyte)barrier));
}
