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
    public GrowableBuffer<Application> Applications { get; } = new(1024);
    public GrowableBuffer<WaitEntry>[] Waiting { get; } = Enumerable.Range(0, agencies).Select(_ => new GrowableBuffer<WaitEntry>(64)).ToArray();

    public void Clear()
    {
        Tally.Clear();
        Applications.Clear();
        foreach (var w in Waiting) w.Clear();
    }

    public void Event(int agent, int week, JourneyEventKind kind, int agency = -1, int barrier = -1) =>
        Journey?.Record(new JourneyEvent(agent, (short)week, kind, (sbyte)agency, (sbyte)barrier));
}
