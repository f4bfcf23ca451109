using System.Collections.Concurrent;
using Sandbox.Grains.Live;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Live;

/// <summary>
/// Per-silo cache of what every agent grain of a live run shares: the compiled parameter schedule (built once
/// per silo, from the scenario the simulation grain holds) and the current week's context, rebuilt once per
/// silo from the week's board with that week's parameters. Thirty thousand jobseeker grains thus share one
/// <see cref="ParameterSchedule"/> and one <see cref="WeekContext"/> instead of each compiling the scenario.
/// </summary>
public sealed class LiveRunCatalog(IGrainFactory grains)
{
    private const int MaxRuns = 32;
    private readonly ConcurrentDictionary<(string Run, long Epoch), Entry> _runs = new();

    private sealed class Entry(Func<Task<ParameterSchedule>> parameters)
    {
        // Lazy: concurrent first calls on a silo may build several entries, but only the stored one fetches.
        private readonly Lazy<Task<ParameterSchedule>> _parameters = new(parameters);
        public Task<ParameterSchedule> Parameters => _parameters.Value;
        public volatile WeekContext? Week;
        public long LastUsed = Environment.TickCount64;
    }

    /// <summary>Makes a run's parameters known on this silo without a round trip (the simulation grain's own silo).</summary>
    public void Register(string runId, long epoch, ParameterSchedule parameters)
    {
        Trim();
        _runs[(runId, epoch)] = new Entry(() => Task.FromResult(parameters));
    }

    public void Forget(string runId, long epoch) => _runs.TryRemove((runId, epoch), out _);

    /// <summary>The week's context for <paramref name="board"/>; synchronous except the first time a silo sees a run.</summary>
    public ValueTask<WeekContext> ContextFor(WeekBoard board)
    {
        var entry = _runs.GetOrAdd((board.RunId, board.Epoch), key => { Trim(); return new Entry(() => Fetch(key.Run)); });
        entry.LastUsed = Environment.TickCount64;
        var week = entry.Week;
        if (week is not null && week.Week == board.Week) return new(week);
        if (entry.Parameters.IsCompletedSuccessfully) return new(Build(entry, entry.Parameters.Result, board));
        return Slow(entry, board);

        static async ValueTask<WeekContext> Slow(Entry entry, WeekBoard board) => Build(entry, await entry.Parameters, board);
    }

    private static WeekContext Build(Entry entry, ParameterSchedule schedule, WeekBoard board)
    {
        var ctx = new WeekContext(schedule.For(board.Week))
        {
            Week = board.Week,
            MeetingProbability = board.MeetingProbability,
        };
        board.EligibleVacancies.CopyTo(ctx.EligibleVacancies, 0);
        entry.Week = ctx;
        return ctx;
    }

    private async Task<ParameterSchedule> Fetch(string runId)
    {
        string json = await grains.Simulation(runId).GetScenarioJson();
        return new ParameterSchedule(ScenarioLoader.Parse(json));
    }

    private void Trim()
    {
        if (_runs.Count < MaxRuns) return;
        foreach (var stale in _runs.OrderBy(r => r.Value.LastUsed).Take(_runs.Count - MaxRuns + 1)) _runs.TryRemove(stale.Key, out _);
    }
}
