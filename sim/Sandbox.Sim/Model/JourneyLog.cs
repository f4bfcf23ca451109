using Sandbox.Sim.Engine;

namespace Sandbox.Sim.Model;

/// <summary>
/// Every client's journey in one append-only buffer, with a per-client chain of indices so one client's
/// events are read without scanning everyone's. Costs two ints per event and one per client, no per-client
/// allocation; engines attach it only when somebody wants journeys (dashboard, workshops, reports).
/// </summary>
public sealed class JourneyLog : IJourneySink
{
    private readonly GrowableBuffer<JourneyEvent> _events = new(4096);
    private readonly GrowableBuffer<int> _previous = new(4096);
    private int[] _last = [];

    public int Count => _events.Count;

    public ReadOnlySpan<JourneyEvent> All => _events.Span;

    public void Record(in JourneyEvent e)
    {
        if (e.Agent >= _last.Length)
        {
            int size = Math.Max(e.Agent + 1, _last.Length * 2);
            int old = _last.Length;
            Array.Resize(ref _last, size);
            Array.Fill(_last, -1, old, size - old);
        }
        _previous.Add(_last[e.Agent]);
        _last[e.Agent] = _events.Count;
        _events.Add(e);
    }

    /// <summary>One client's events, oldest first.</summary>
    public IReadOnlyList<JourneyEvent> Of(int agent)
    {
        var list = new List<JourneyEvent>();
        if (agent < 0 || agent >= _last.Length) return list;
        for (int i = _last[agent]; i >= 0; i = _previous[i]) list.Add(_events[i]);
        list.Reverse();
        return list;
    }
}
