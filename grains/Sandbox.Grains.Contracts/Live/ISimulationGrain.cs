using Orleans.Concurrency;
using Sandbox.Sim.Metrics;

namespace Sandbox.Grains.Live;

/// <summary>
/// One live run (key: run id), agents as grains. It drives the weekly phases from a grain timer, a week per
/// tick, so no call ever waits for a whole run: start, then observe (status, weekly metrics pushed to
/// observers, agent grains read directly). Each week it fans out to the present jobseekers in bounded
/// batches, sends one batched update per agency and per active employer, and runs the shared phases
/// (admissions, vacancy market, metrics, budgets) exactly as the kernel does.
/// </summary>
[Alias("sandbox.simulation")]
public interface ISimulationGrain : IGrainWithStringKey
{
    /// <summary>Creates the run and starts it (or leaves it paused). A run id is started once.</summary>
    [Alias("start")] Task<LiveRunStatus> Start(LiveRunStart request);

    [Alias("pause")] Task<LiveRunStatus> Pause();
    [Alias("resume")] Task<LiveRunStatus> Resume();

    /// <summary>Runs exactly one week of a paused (or just created) run and returns after it.</summary>
    [Alias("step")] Task<LiveRunStatus> Step();

    /// <summary>Ends the run early; its agents stay readable.</summary>
    [Alias("stop")] Task<LiveRunStatus> Stop();

    // Reads interleave with a running week (they only read what a finished week left), so observers never wait.
    [AlwaysInterleave, Alias("status")] Task<LiveRunStatus> GetStatus();

    /// <summary>The metric columns, in the order of <see cref="WeekMetrics.Values"/> and of the result.</summary>
    [AlwaysInterleave, Alias("columns")] Task<MetricColumn[]> GetColumns();

    /// <summary>Metrics of the weeks run so far (later weeks read zero), identical to the kernel's.</summary>
    [AlwaysInterleave, Alias("result")] Task<RunResult> GetResult();

    /// <summary>
    /// The run's scenario as JSON; agent grains on other silos compile their parameters from it in the middle of
    /// a week, hence it must interleave with the week that is waiting for them.
    /// </summary>
    [AlwaysInterleave, Alias("scenario")] Task<string> GetScenarioJson();

    /// <summary>Subscribes for weekly metrics and status changes; renew within five minutes (see LiveRunWatch).</summary>
    [Alias("subscribe")] Task Subscribe(ILiveRunObserver observer);

    [Alias("unsubscribe")] Task Unsubscribe(ILiveRunObserver observer);
}
