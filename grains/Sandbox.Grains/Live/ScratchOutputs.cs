using Sandbox.Grains.Live;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;

namespace Sandbox.Grains.Live;

/// <summary>
/// The rules write into an <see cref="AgentOutputs"/>; a jobseeker grain borrows one per thread for the
/// synchronous span of a rule call and hands back only what the rule touched, as a compact message. The
/// tally is scanned with a vectorised search and only touched counters are reset, so a client's week costs
/// a few hundred nanoseconds on top of the rule itself, not a copy of the whole tally.
/// </summary>
internal static class ScratchOutputs
{
    [ThreadStatic] private static AgentOutputs? t_outputs;
    [ThreadStatic] private static bool t_dirty;

    public static AgentOutputs Borrow(IJourneySink journey)
    {
        var o = t_outputs ??= new AgentOutputs(WeekTally.MaxAgencies) { AppliedTo = new(16) };
        if (t_dirty) o.Clear(); // a rule threw half-way last time
        t_dirty = true;
        o.Journey = journey;
        return o;
    }

    /// <summary>Packs and resets what the rule wrote; call on the same thread, with no await since <see cref="Borrow"/>.</summary>
    public static JobseekerWeekResult Collect(AgentOutputs o, int agent, byte holders)
    {
        o.Journey = null;
        var counts = o.Tally.Counts.AsSpan();
        var pairs = new List<int>(16);
        int i = counts.IndexOfAnyExcept(0L);
        while (i >= 0)
        {
            pairs.Add(i);
            pairs.Add((int)counts[i]);
            counts[i] = 0;
            int rest = counts[(i + 1)..].IndexOfAnyExcept(0L);
            i = rest < 0 ? -1 : i + 1 + rest;
        }

        var candidates = o.Candidates.Count == 0 ? [] : o.Candidates.Span.ToArray();
        o.Candidates.Clear();
        var applied = o.AppliedTo!.Count == 0 ? [] : o.AppliedTo.Span.ToArray();
        o.AppliedTo.Clear();
        int waiting = 0;
        foreach (var list in o.Waiting) waiting += list.Count;
        var waits = waiting == 0 ? [] : new AgencyWait[waiting];
        int k = 0;
        for (int a = 0; a < o.Waiting.Length; a++)
        {
            foreach (var e in o.Waiting[a].Span) waits[k++] = new AgencyWait((byte)a, e);
            o.Waiting[a].Clear();
        }
        long draws = o.Tally.Draws;
        o.Tally.Draws = 0;
        t_dirty = false;
        return new JobseekerWeekResult(agent, [.. pairs], candidates, applied, waits, holders, draws);
    }
}
