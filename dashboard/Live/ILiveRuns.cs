using Sandbox.Dashboard.Journeys;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Live;

/// <summary>
/// Live runs behind the hub and the API (<see cref="LiveRuns"/>), on the Orleans engine (a SimulationGrain per run,
/// weekly metrics pushed to this silo's observer) or on the in-process kernel: pages, hub and tests are the same.
/// Control rights are the hub's business: every method here assumes the caller may act.
/// </summary>
public interface ILiveRuns
{
    Task<LiveRunInfo> StartAsync(Scenario scenario, LiveRunSettings settings);

    Task<LiveRunInfo> PauseAsync(string runId);
    Task<LiveRunInfo> ResumeAsync(string runId);

    /// <summary>Runs one week of a paused run.</summary>
    Task<LiveRunInfo> StepAsync(string runId);

    /// <summary>Back to week 0 of the same scenario and seed, paused; viewers get a fresh snapshot.</summary>
    Task<LiveRunInfo> ResetAsync(string runId);

    Task<LiveRunInfo> StopAsync(string runId);
    Task<LiveRunInfo> SetSpeedAsync(string runId, double weeksPerSecond);

    Task<IReadOnlyList<LiveRunInfo>> ListAsync();
    Task<LiveSnapshot> SnapshotAsync(string runId);

    /// <summary>The run's scenario and its metrics for the weeks completed (later weeks read zero).</summary>
    Task<LiveRunData> DataAsync(string runId);

    /// <summary>Every client who has entered so far, with their journey (for the flows).</summary>
    Task<IReadOnlyList<ClientRecord>> ClientsAsync(string runId);

    /// <summary>One client, or an error naming the range of client numbers that exist so far.</summary>
    Task<ClientRecord> ClientAsync(string runId, int client);
}

/// <summary>A run's scenario, metrics so far and weeks completed: the input of equity tables, exports and bundles.</summary>
public sealed record LiveRunData(LiveRunInfo Run, Scenario Scenario, RunResult Result, int WeeksDone);
