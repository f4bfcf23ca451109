using Sandbox.Sim.Model;

namespace Sandbox.Sim.Validation.Journeys;

/// <summary>
/// A run's journey events regrouped by client (oldest first), so a measure reads one client's journey as one
/// contiguous span. Built by a counting sort in two passes over the log, without a list per client.
/// </summary>
public sealed class JourneyTable
{
    private readonly JourneyEvent[] _events;
    private readonly int[] _start;

    private JourneyTable(JourneyEvent[] events, int[] start)
    {
        _events = events;
        _start = start;
    }

    public int Clients => _start.Length - 1;

    public ReadOnlySpan<JourneyEvent> Of(int client) => _events.AsSpan(_start[client], _start[client + 1] - _start[client]);

    public static JourneyTable From(JourneyLog log, int clients)
    {
        var all = log.All;
        var start = new int[clients + 1];
        foreach (ref readonly var e in all) start[e.Agent + 1]++;
        for (int i = 0; i < clients; i++) start[i + 1] += start[i];
        var next = start[..^1].ToArray();
        var events = new JourneyEvent[all.Length];
        // The log is in time order, so a stable placement keeps each client's events oldest first.
        foreach (ref readonly var e in all) events[next[e.Agent]++] = e;
        return new JourneyTable(events, start);
    }
}
