using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Reports;

namespace Sandbox.Dashboard.About;

/// <summary>
/// The validation suite for the About page: run on demand (quick or full) on a background thread, at most one at a
/// time, with progress; the last finished report of each version is kept, so the page shows a table at once and
/// never waits for the model. The suite's facts and rules belong to sim/Sandbox.Sim/Validation; this only runs it.
/// </summary>
public sealed class ValidationRuns(ILogger<ValidationRuns> log)
{
    private readonly Lock _gate = new();
    private ValidationStatus _status = new(false, null, 0, 0, "", null);
    private ValidationReport? _quick, _full;
    private CancellationTokenSource? _cancel;

    public ValidationStatus Status { get { lock (_gate) return _status; } }

    /// <summary>The last finished report: the full suite's if there is one (it is the more precise), else the quick one.</summary>
    public ValidationReport? Last { get { lock (_gate) return _full ?? _quick; } }

    /// <summary>Starts a run unless one is under way; returns the state either way.</summary>
    public ValidationStatus Start(bool quick, int? parallelism = null)
    {
        lock (_gate)
        {
            if (_status.Running) return _status;
            _cancel = new CancellationTokenSource();
            _status = new ValidationStatus(true, quick, 0, 0, "", null);
        }
        var token = _cancel.Token;
        _ = Task.Run(() => Run(quick, parallelism ?? Math.Max(1, Environment.ProcessorCount - 1), token));
        return Status;
    }

    public ValidationStatus Cancel()
    {
        lock (_gate) _cancel?.Cancel();
        return Status;
    }

    private void Run(bool quick, int parallelism, CancellationToken token)
    {
        try
        {
            var report = ValidationSuite.Run(FactLibrary.All(), new ValidationOptions { Quick = quick, MaxParallelism = parallelism },
                new Experiments.Research.CallbackProgress<ValidationProgress>(p =>
                {
                    lock (_gate) _status = _status with { Done = p.Done, Total = p.Total, LastFact = p.LastFact };
                }), token);
            lock (_gate)
            {
                if (quick) _quick = report;
                else _full = report;
                _status = _status with { Running = false, Done = report.Runs, Total = report.Runs };
            }
        }
        catch (OperationCanceledException)
        {
            lock (_gate) _status = _status with { Running = false, Error = "cancelled" };
        }
        catch (Exception e)
        {
            log.LogError(e, "Validation run failed");
            lock (_gate) _status = _status with { Running = false, Error = e.Message };
        }
    }
}

/// <summary>Where the latest validation run stands: runs done of the total, the fact last run, and an error if it stopped.</summary>
public sealed record ValidationStatus(bool Running, bool? Quick, int Done, int Total, string LastFact, string? Error);
