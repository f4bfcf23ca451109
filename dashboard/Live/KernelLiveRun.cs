using System.Diagnostics;
using Sandbox.Dashboard.Journeys;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Live;

/// <summary>
/// One live run on the in-process kernel: a background loop steps a week, publishes it and waits for the pace
/// set by the controller. Every change of the simulation (loop step, manual step, reset) holds <see cref="_turn"/>
/// through its publication, so viewers receive weeks strictly in order; readers take <see cref="_gate"/> only
/// for the microseconds it takes to copy what they need.
/// </summary>
internal sealed class KernelLiveRun : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ILiveRunPublisher _publisher;
    private readonly ILogger _log;
    private readonly Task _loop;
    private KernelSimulation _sim = null!;
    private JourneyLog _journeys = null!;
    private LiveSeries _series = null!;
    private LiveRunState _state;
    private double _speed;
    private string? _error;

    public KernelLiveRun(string id, Scenario scenario, LiveRunSettings settings, ILiveRunPublisher publisher, ILogger log)
    {
        Id = id;
        Scenario = scenario.Clone();
        Started = DateTimeOffset.UtcNow;
        _publisher = publisher;
        _log = log;
        _speed = settings.WeeksPerSecond;
        Build();
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
        lock (_gate) return new LiveSnapshot(InfoLocked(), _series.Infos, _series.History(_sim.Result(), _sim.Week));
    }

    public LiveRunData Data()
    {
        lock (_gate)
        {
            // A copy, so later weeks written by the loop cannot change what a reader is exporting.
            var result = _sim.Result();
            var copy = new Sim.Metrics.RunResult(result.Scenario, result.Seed, result.Weeks, result.Layout, result.Values.ToArray());
            return new LiveRunData(InfoLocked(), Scenario.Clone(), copy, _sim.Week);
        }
    }

    public IReadOnlyList<ClientRecord> Clients()
    {
        lock (_gate) return ClientRecord.AllFromKernel(_sim.Jobseekers[.._sim.Entered], _journeys);
    }

    public ClientRecord Client(int client)
    {
        lock (_gate)
        {
            if ((uint)client >= (uint)_sim.Entered)
                throw new Api.ApiErrorException(Api.ApiError.Invalid("client", client.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _sim.Entered == 0 ? "a client once the run has started" : $"0 to {_sim.Entered - 1}"));
            return ClientRecord.FromKernel(_sim.Jobseekers[client], _journeys.Of(client));
        }
    }

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
                if (_state == LiveRunState.Running) _state = LiveRunState.Paused;
                if (_state is not (LiveRunState.Paused or LiveRunState.Created)) return InfoLocked();
                if (_state == LiveRunState.Created) _state = LiveRunState.Paused;
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
            lock (_gate)
            {
                Build();
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
    }

    private void Build()
    {
        var parameters = new ModelParameters(Scenario);
        _journeys = new JourneyLog();
        _sim = new KernelSimulation(parameters, new KernelOptions { Journey = _journeys });
        _series = LiveSeries.For(parameters, _sim.Layout);
    }

    private LiveRunInfo InfoLocked() => new(Id, Scenario.Name, Scenario.Level?.Key(), Scenario.Seed, _state, _sim.Week, _sim.P.Weeks,
        _sim.Entered, _speed, "kernel", Started, _error);

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
        LiveFrame frame;
        LiveRunInfo? finished = null;
        try
        {
            lock (_gate)
            {
                if (_sim.Finished) return;
                _sim.Step();
                int week = _sim.Week;
                frame = new LiveFrame(Id, week, _series.At(_sim.Result(), week - 1), (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds);
                if (_sim.Finished)
                {
                    _state = LiveRunState.Finished;
                    finished = InfoLocked();
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.LogError(e, "Live run {RunId} failed", Id);
            LiveRunInfo failed;
            lock (_gate)
            {
                _state = LiveRunState.Failed;
                _error = e.Message;
                failed = InfoLocked();
            }
            await _publisher.StatusAsync(failed);
            return;
        }
        await _publisher.FrameAsync(frame);
        if (finished is not null) await _publisher.StatusAsync(finished);
    }
}
