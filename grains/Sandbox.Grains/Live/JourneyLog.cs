using Sandbox.Sim.Model;

namespace Sandbox.Grains.Live;

/// <summary>A client's journey as their grain keeps it: every event the rules record, in order.</summary>
internal sealed class JourneyLog : IJourneySink
{
    private readonly List<JourneyEvent> _events = [];

    public void Record(in JourneyEvent e) => _events.Add(e);

    public void Clear() => _events.Clear();

    public JourneyEvent[] ToArray() => [.. _events];
}
