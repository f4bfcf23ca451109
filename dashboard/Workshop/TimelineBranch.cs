using Sandbox.Dashboard.Journeys;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Workshop;

/// <summary>
/// One line of a workshop's timeline: a kernel simulation under one level, and its journeys. A switched or forked
/// branch records its events in a fresh log from the fork week on, so a client's journey is read as the earlier
/// logs up to each fork week followed by the branch's own: the past is shared, the future is the branch's.
/// </summary>
public sealed class TimelineBranch
{
    private readonly List<(JourneyLog Log, int From)> _segments;

    private TimelineBranch(string label, IntegrationLevel? level, KernelSimulation sim, List<(JourneyLog, int)> segments)
    {
        Label = label;
        Level = level;
        Sim = sim;
        _segments = segments;
    }

    public string Label { get; }
    public IntegrationLevel? Level { get; }
    public KernelSimulation Sim { get; }

    public static TimelineBranch Start(Scenario scenario)
    {
        var log = new JourneyLog();
        return new TimelineBranch(scenario.Level?.Title() ?? "The scenario's own mechanisms", scenario.Level,
            new KernelSimulation(scenario, new KernelOptions { Journey = log }), [(log, 0)]);
    }

    /// <summary>This branch's present, going on under <paramref name="level"/>; the caller decides whether it replaces this branch or joins it.</summary>
    public TimelineBranch Fork(IntegrationLevel level, string label)
    {
        var log = new JourneyLog();
        return new TimelineBranch(label, level, Sim.Fork(LevelPresets.Get(level), log), [.. _segments, (log, Sim.Week)]);
    }

    public IReadOnlyList<JourneyEvent> Journey(int client)
    {
        var events = new List<JourneyEvent>();
        for (int i = 0; i < _segments.Count; i++)
        {
            int until = i + 1 < _segments.Count ? _segments[i + 1].From : int.MaxValue;
            int from = _segments[i].From;
            events.AddRange(_segments[i].Log.Of(client).Where(e => e.Week >= from && e.Week < until));
        }
        return events;
    }

    public ClientRecord Client(int client) => ClientRecord.FromKernel(Sim.Jobseekers[client], Journey(client));

    public ModelSnapshot Snapshot()
    {
        var clients = new ClientRecord[Sim.Entered];
        for (int i = 0; i < clients.Length; i++) clients[i] = Client(i);
        return new ModelSnapshot(Sim.P, Sim.Result(), Sim.Week, clients);
    }
}
