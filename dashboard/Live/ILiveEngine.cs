using Sandbox.Dashboard.Journeys;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;

namespace Sandbox.Dashboard.Live;

/// <summary>
/// The simulation under one live run, whichever engine runs it: the in-process kernel or the Orleans grains. The
/// <see cref="LiveRun"/> around it owns pacing, pause/step/reset, control and publication, so both engines behave
/// the same on the page. Calls are never concurrent except the reads, which an engine keeps safe itself.
/// </summary>
public interface ILiveEngine : IAsyncDisposable
{
    /// <summary>"kernel" or "orleans", shown to viewers.</summary>
    string Name { get; }

    ModelParameters P { get; }
    MetricsLayout Layout { get; }

    /// <summary>Weeks completed.</summary>
    int Week { get; }

    /// <summary>Clients registered by the end of the last completed week.</summary>
    int Entered { get; }

    bool Finished => Week >= P.Weeks;

    /// <summary>Runs one week; returns once its metrics are in <see cref="Result"/>.</summary>
    Task StepAsync();

    /// <summary>Back to week 0 of the same scenario and seed.</summary>
    Task ResetAsync();

    /// <summary>A copy of the metrics of the weeks completed (later weeks read zero).</summary>
    RunResult Result();

    Task<IReadOnlyList<ClientRecord>> ClientsAsync();
    Task<ClientRecord> ClientAsync(int client);
}

/// <summary>Creates the engine for a new live run; the dashboard registers one (kernel or Orleans).</summary>
public interface ILiveEngineFactory
{
    Task<ILiveEngine> CreateAsync(string runId, Sim.Scenarios.Scenario scenario);
}
