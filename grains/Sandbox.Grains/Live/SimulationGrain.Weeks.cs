using Microsoft.Extensions.Logging;

namespace Sandbox.Grains.Live;

// Running weeks: one per timer tick (or per Step call), failures end the run loudly, every change is pushed.
internal sealed partial class SimulationGrain
{
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
