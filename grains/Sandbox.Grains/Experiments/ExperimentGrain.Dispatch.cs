using Microsoft.Extensions.Logging;

namespace Sandbox.Grains.Experiments;

// Dispatching, recording and saving: the part of the experiment grain that keeps runs moving.
internal sealed partial class ExperimentGrain
{
    /// <summary>Fills the in-flight window with the next unfinished runs in dispatch order.</summary>
    private void Pump()
    {
        if (ledger.State.Status != ExperimentStatus.Running) return;
        int window = Math.Max(1, ActiveSilos() * options.Value.RunsPerSilo);
        var finished = ledger.State.Finished;
        while (_inFlight.Count < window && _cursor < _order.Length)
        {
            int run = _order[_cursor++];
            if (finished[run] || _inFlight.ContainsKey(run)) continue;
            _inFlight[run] = true;
            _ = Ensure(run);
        }
    }

    /// <summary>Asks a run grain to be running (or for its stored outcome); failures are retried by the watchdog.</summary>
    private async Task Ensure(int run)
    {
        var spec = Spec!;
        int point = spec.PointOf(run), replication = spec.ReplicationOf(run);
        var request = new RunRequest(Id, run, point, replication, spec.Seeds[replication], spec.Points[point].ScenarioJson);
        try
        {
            // Report through the mailbox: this continuation is not a turn, and state writes belong to turns.
            if (await GrainFactory.Run(Id, run).Ensure(request) is { } outcome)
                await this.AsReference<IExperimentGrain>().RunFinished(outcome);
        }
        catch (Exception e)
        {
            log.LogWarning("Run {Run} of experiment {Experiment} not reachable ({Error}); will retry", run, Id, e.Message);
        }
    }

    private void Record(RunOutcome outcome)
    {
        _inFlight.Remove(outcome.RunIndex);
        if (!ledger.State.Record(outcome)) return;
        _dirty = true;
        var progress = Progress();
        _observers.Notify(o => o.OnProgress(progress));
    }

    private async Task Watch(CancellationToken token)
    {
        if (_dirty)
        {
            _dirty = false;
            await ledger.WriteStateAsync();
        }
        if (ledger.State.Status != ExperimentStatus.Running)
        {
            StopWatchdog();
            return;
        }
        foreach (int run in _inFlight.Keys.ToArray()) _ = Ensure(run);
        if (_cursor >= _order.Length) _cursor = 0; // sweep again for runs that were in flight when passed over
        Pump();
    }

    private async Task SetStatus(ExperimentStatus status)
    {
        ledger.State.Status = status;
        _dirty = false;
        await ledger.WriteStateAsync();
        if (status == ExperimentStatus.Running) StartWatchdog();
        else
        {
            StopWatchdog();
            if (status != ExperimentStatus.Paused) await DropReminder();
        }
        var progress = Progress();
        _observers.Notify(o => o.OnProgress(progress));
    }

    private void StartWatchdog()
    {
        if (_watchdog is not null) return;
        var period = options.Value.WatchdogPeriod;
        _watchdog = this.RegisterGrainTimer(Watch, new GrainTimerCreationOptions(period, period) { Interleave = false, KeepAlive = true });
        Pump();
    }

    private void StopWatchdog()
    {
        _watchdog?.Dispose();
        _watchdog = null;
    }

    private async Task DropReminder()
    {
        if (await this.GetReminder(KeepAlive) is { } reminder) await this.UnregisterReminder(reminder);
    }

    private int ActiveSilos() => membership.CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);

    private ExperimentProgress Progress()
    {
        var spec = Spec;
        var l = ledger.State;
        int[] byPoint = spec is null ? [] : new int[spec.Points.Length];
        if (spec is not null)
            for (int run = 0; run < l.Finished.Length; run++)
                if (l.Finished[run]) byPoint[spec.PointOf(run)]++;
        var bySilo = l.BySilo.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new SiloRuns(s.Key, s.Value)).ToArray();
        return new ExperimentProgress(Id, spec?.Name ?? "", l.Status, spec?.RunCount ?? 0, l.FinishedCount, _inFlight.Count,
            byPoint, bySilo, silo.SiloAddress.ToString(), l.Error);
    }
}
