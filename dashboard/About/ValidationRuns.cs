using Sandbox.Dashboard.Api;
using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Reports;

namespace Sandbox.Dashboard.About;

/// <summary>
/// The validation suite as the About page runs it: one run at a time, off the request thread, keeping the last
/// finished report for every visitor. The quick suite (small populations, a few seconds) starts on the first
/// visit; the full suite runs on request. A failed or cancelled run leaves the last report in place.
/// </summary>
public sealed class ValidationRuns(ILogger<ValidationRuns> log)
{
    public const string Quick = "quick";
    public const string Full = "full";

    private readonly Lock _gate = new();
    private ValidationReport? _report;
    private string? _reportMode;
    private string? _running;
    private int _done, _total;
    private string? _error;

    /// <summary>Starts a run of <paramref name="mode"/> unless one is running; returns the state after the call.</summary>
    public ValidationState Start(string? mode)
    {
        if (mode is not (Quick or Full)) throw new ApiErrorException(ApiError.Invalid("mode", mode ?? "(none)", "quick or full"));
        lock (_gate)
        {
            if (_running is null)
            {
                _running = mode;
                _done = 0;
                _total = 0;
                _error = null;
                _ = Task.Run(() => Execute(mode));
            }
            return State();
        }
    }

    /// <summary>The current state; starts the quick suite the first time anyone asks and nothing has run yet.</summary>
    public ValidationState Current(bool startIfNone)
    {
        lock (_gate)
        {
            if (startIfNone && _report is null && _running is null && _error is null) return Start(Quick);
            return State();
        }
    }

    /// <summary>The last finished report, if any.</summary>
    public ValidationReport? Report
    {
        get { lock (_gate) return _report; }
    }

    private void Execute(string mode)
    {
        var progress = new Progress(this);
        try
        {
            var report = ValidationSuite.Run(quick: mode == Quick, progress: progress);
            lock (_gate)
            {
                _report = report;
                _reportMode = mode;
            }
        }
        catch (Exception e)
        {
            log.LogError(e, "Validation suite ({Mode}) failed", mode);
            lock (_gate) _error = e.Message;
        }
        finally
        {
            lock (_gate) _running = null;
        }
    }

    private ValidationState State() => new(_running, _done, _total, _error, _reportMode,
        _report is null ? null : ValidationView.From(_report));

    // Progress<T> would post to a captured context; the suite reports from worker threads, so count directly.
    private sealed class Progress(ValidationRuns owner) : IProgress<ValidationProgress>
    {
        public void Report(ValidationProgress value)
        {
            lock (owner._gate)
            {
                owner._done = Math.Max(owner._done, value.Done);
                owner._total = value.Total;
            }
        }
    }
}
