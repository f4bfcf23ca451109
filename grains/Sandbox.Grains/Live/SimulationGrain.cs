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
internal sealed class SimulationGrain(LiveRunCatalog catalog, IOptions<LiveEngineOptions> options, ILogger<SimulationGrain> log)
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

    private LiveRun Run => _run ?? throw NotStarted();

    private async Task RunWeek()
    {
        var run = Run;
        try
        {
            int week = run.Cycle.Week;
            await run.RunWeekAsync();
            var metrics = new WeekMetrics(RunId, week, run.WeekRow(week));
            _observers.Notify(o => o.OnWeek(metrics));
            if (run.Cycle.Finished)
            {
                StopTimer();
                await Changed(LiveRunState.Finished);
            }
        }
        catch (Exception e)
        {
            log.LogError(e, "Live run {Run} failed in week {Week}", RunId, run.Cycle.Week);
            StopTimer();
            _error = e.Message;
            await Changed(LiveRunState.Failed);
        }
    }

    private void StartTimer()
    {
        var period = _interval > TimeSpan.Zero ? _interval : TimeSpan.FromMilliseconds(1);
        _timer = this.RegisterGrainTimer(Tick, new GrainTimerCreationOptions(TimeSpan.Zero, period) { Interleave = false, KeepAlive = true });
    }

    private Task Tick(CancellationToken token) => _state == LiveRunState.Running ? RunWeek() : Task.CompletedTask;

    private void StopTimer()
    {
        _timer?.Dispose();
        _timer = null;
    }

    private Task<LiveRunStatus> Changed(LiveRunState state)
    {
        _state = state;
        var status = Status();
        _observers.Notify(o => o.OnStatus(status));
        return Task.FromResult(status);
    }

    private LiveRunStatus Status() => _run is null
        ? new LiveRunStatus(RunId, _state, 0, 0, 0, _error)
        : new LiveRunStatus(RunId, _state, _run.Cycle.Week, _run.P.Weeks, _run.Cycle.Week == 0 ? 0 : _run.P.EnteredBy[_run.Cycle.Week - 1], _error);

    private InvalidOperationException NotStarted() => new($"live run '{RunId}' has not been started");
}
