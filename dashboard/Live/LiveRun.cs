using System.Diagnostics;
using Sandbox.Dashboard.Journeys;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Live;

/// <summary>
/// One live run, whatever its engine: a background loop steps a week, publishes it and waits for the pace the
/// controller set. Every change of the simulation (loop step, manual step, reset) holds <see cref="_turn"/> through
/// its publication, so viewers receive weeks strictly in order; state reads take <see cref="_gate"/> only briefly.
/// </summary>
public sealed class LiveRun : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ILiveEngine _engine;
    private readonly ILiveRunPublisher _publisher;
    private readonly ILogger _log;
    private readonly LiveSeries _series;
    private readonly Task _loop;
    private LiveRunState _state;
    private double _speed;
    private string? _error;

    public LiveRun(string id, Scenario scenario, ILiveEngine engine, LiveRunSettings settings, ILiveRunPublisher publisher, ILogger log)
    {
        Id = id;
        Scenario = scenario.Clone();
        Started = DateTimeOffset.UtcNow;
        _engine = engine;
        _publisher = publisher;
        _log = log;
        _speed = settings.WeeksPerSecond;
        _series = LiveSeries.For(engine.P, engine.Layout);
        _state = settings.Paused ? LiveRunState.Created : LiveRunState.Running;
        _loop = Task.Run(LoopAsync);
    }

    public string Id { get; }
    public Scenario Scenario { get; }
    public DateTimeOffset Started { get; }

    public LiveRunInfo Info()
    {
        lock (_gate) return InfoLocked();
    }

    public LiveSnapshot Snapshot()
    {
        // The week is read before the result: a step in between only adds weeks the result holds and the history skips.
        var info = Info();
        return new(info, _series.Infos, _series.History(_engine.Result(), info.Week));
    }

    public LiveRunData Data() => new(Info(), Scenario.Clone(), _engine.Result(), _engine.Week);

    public Task<IReadOnlyList<ClientRecord>> ClientsAsync() => _engine.ClientsAsync();

    public Task<ClientRecord> ClientAsync(int client) => _engine.ClientAsync(client);

    public Task<LiveRunInfo> PauseAsync() => SetStateAsync(s => s == LiveRunState.Running ? LiveRunState.Paused : s);

    public Task<LiveRunInfo> ResumeAsync() => SetStateAsync(s => s is LiveRunState.Paused or LiveRunState.Created ? LiveRunState.Running : s);

    public Task<LiveRunInfo> StopAsync() => SetStateAsync(s => s is LiveRunState.Finished or LiveRunState.Failed ? s : LiveRunState.Stopped);

    public async Task<LiveRunInfo> SetSpeedAsync(double weeksPerSecond)
    {
        lock (_gate) _speed = weeksPerSecond;
        _wake.Release();
        var info = Info();
        await _publisher.StatusAsync(info);
        return info;
    }

    public async Task<LiveRunInfo> StepAsync()
    {
        await _turn.WaitAsync();
        try
        {
            lock (_gate)
            {
                if (_state is LiveRunState.Running or LiveRunState.Created) _state = LiveRunState.Paused;
                if (_state != LiveRunState.Paused) return InfoLocked();
            }
            await StepAndPublishAsync();
            return Info();
        }
        finally
        {
            _turn.Release();
        }
    }

    public async Task<LiveRunInfo> ResetAsync()
    {
        await _turn.WaitAsync();
        try
        {
            await _engine.ResetAsync();
            lock (_gate)
            {
                _state = LiveRunState.Paused;
                _error = null;
            }
            await _publisher.ResetAsync(Snapshot());
            return Info();
        }
        finally
        {
            _turn.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // A loop stuck sending to a dead viewer ends when SignalR drops that connection; do not wait for it here.
        try { await _loop.WaitAsync(TimeSpan.FromSeconds(5)); } catch (Exception e) when (e is OperationCanceledException or TimeoutException) { }
        await _engine.DisposeAsync();
    }

    private LiveRunInfo InfoLocked() => new(Id, Scenario.Name, Scenario.Level?.Key(), Scenario.Seed, _state, _engine.Week, _engine.P.Weeks,
        _engine.Entered, _speed, _engine.Name, Started, _error);

    private async Task<LiveRunInfo> SetStateAsync(Func<LiveRunState, LiveRunState> change)
    {
        LiveRunInfo info;
        lock (_gate)
        {
            _state = change(_state);
            info = InfoLocked();
        }
        _wake.Release();
        await _publisher.StatusAsync(info);
        return info;
    }

    private async Task LoopAsync()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            if (Info().State != LiveRunState.Running)
            {
                await _wake.WaitAsync(token);
                continue;
            }
            long started = Stopwatch.GetTimestamp();
            await _turn.WaitAsync(token);
            try
            {
                if (Info().State == LiveRunState.Running) await StepAndPublishAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A viewer's broken connection must not end the run for everybody else.
                _log.LogWarning(e, "Publishing a week of live run {RunId} failed", Id);
            }
            finally
            {
                _turn.Release();
            }
            double speed;
            lock (_gate) speed = _speed;
            var wait = TimeSpan.FromSeconds(1 / speed) - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero) await _wake.WaitAsync(wait, token);
        }
    }

    /// <summary>Steps one week and publishes it; the caller holds <see cref="_turn"/>.</summary>
    private async Task StepAndPublishAsync()
    {
        if (_engine.Finished) return;
        try
        {
            await _engine.StepAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.LogError(e, "Live run {RunId} failed", Id);
            lock (_gate)
            {
                _state = LiveRunState.Failed;
                _error = e.Message;
            }
            await _publisher.StatusAsync(Info());
            return;
        }
        int week = _engine.Week;
        var frame = new LiveFrame(Id, week, _series.At(_engine.Result(), week - 1), (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds);
        LiveRunInfo? finished = null;
        if (_engine.Finished)
        {
            lock (_gate)
            {
                _state = LiveRunState.Finished;
                finished = InfoLocked();
            }
        }
        await _publisher.FrameAsync(frame);
        if (finished is not null) await _publisher.StatusAsync(finished);
    }
}
