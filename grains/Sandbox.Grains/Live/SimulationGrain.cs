using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Live;

/// <summary>
/// Drives one live run: a grain timer runs one week per tick (never the whole run in one call), so status
/// reads interleave freely and pause, step, resume and stop take effect between weeks. Weekly metrics and
/// status changes are pushed to subscribed observers.
/// </summary>
[CollectionAgeLimit(Hours = 2)]
internal sealed partial class SimulationGrain(LiveRunCatalog catalog, IOptions<LiveEngineOptions> options, ILogger<SimulationGrain> log)
    : Grain, ISimulationGrain
{
    private readonly ObserverManager<ILiveRunObserver> _observers = new(TimeSpan.FromMinutes(5), log);
    private LiveRun? _run;
    private string? _scenarioJson;
    private LiveRunState _state = LiveRunState.Created;
    private string? _error;
    private IGrainTimer? _timer;
    private TimeSpan _interval;

    private string RunId => this.GetPrimaryKeyString();

    public Task<LiveRunStatus> Start(LiveRunStart request)
    {
        if (_run is not null) throw new InvalidOperationException($"live run '{RunId}' was already started");
        var parameters = new ModelParameters(ScenarioLoader.Parse(request.ScenarioJson));
        _run = new LiveRun(RunId, DateTime.UtcNow.Ticks, parameters, GrainFactory, options.Value.FanOut);
        catalog.Register(RunId, _run.Epoch, new ParameterSchedule(parameters));
        _scenarioJson = request.ScenarioJson;
        _interval = request.WeekInterval;
        if (request.Paused) return Changed(LiveRunState.Paused);
        StartTimer();
        return Changed(LiveRunState.Running);
    }

    public Task<LiveRunStatus> Pause()
    {
        if (_state != LiveRunState.Running) return GetStatus();
        StopTimer();
        return Changed(LiveRunState.Paused);
    }

    public Task<LiveRunStatus> Resume()
    {
        if (_state != LiveRunState.Paused) return GetStatus();
        StartTimer();
        return Changed(LiveRunState.Running);
    }

    public async Task<LiveRunStatus> Step()
    {
        if (_state != LiveRunState.Paused) throw new InvalidOperationException($"live run '{RunId}' is {_state}: only a paused run can be stepped");
        await RunWeek();
        return Status();
    }

    public Task<LiveRunStatus> Stop()
    {
        if (_run is null || Status().IsOver) return GetStatus();
        StopTimer();
        return Changed(LiveRunState.Stopped);
    }

    public Task<LiveRunStatus> GetStatus() => Task.FromResult(Status());

    public Task<MetricColumn[]> GetColumns() => Task.FromResult(Run.Cycle.Metrics.Layout.Columns.ToArray());

    public Task<RunResult> GetResult() => Task.FromResult(Run.Snapshot());

    public Task<string> GetScenarioJson() => Task.FromResult(_scenarioJson ?? throw NotStarted());

    public Task Subscribe(ILiveRunObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ILiveRunObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken token)
    {
        if (_run is not null) catalog.Forget(RunId, _run.Epoch);
        return Task.CompletedTask;
    }
}
