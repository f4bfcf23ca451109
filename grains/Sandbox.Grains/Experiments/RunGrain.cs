using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Orleans.Placement;
using Sandbox.Sim.Metrics;

namespace Sandbox.Grains.Experiments;

/// <summary>
/// Executes one kernel run off the grain's scheduler (the thread pool does the CPU work, the grain stays
/// responsive), stores outcome and result, then tells the experiment. Random placement spreads runs over
/// all silos. A fresh activation of a finished run (after its silo died, or in a restarted process) answers
/// from storage and never reruns it.
/// </summary>
[RandomPlacement]
internal sealed class RunGrain(
    [PersistentState("run", SandboxStorage.Name)] IPersistentState<RunRecord> record,
    ILocalSiloDetails silo,
    ILogger<RunGrain> log) : Grain, IRunGrain
{
    private Task? _running;
    private CancellationTokenSource? _cancel;

    public Task<RunOutcome?> Ensure(RunRequest request)
    {
        if (record.State.Outcome is { } done) return Task.FromResult<RunOutcome?>(done);
        _running ??= Execute(request);
        return Task.FromResult<RunOutcome?>(null);
    }

    public Task<RunOutcome?> GetOutcome() => Task.FromResult(record.State.Outcome);

    public Task<RunResult?> GetResult() => Task.FromResult(record.State.Result);

    public Task Cancel()
    {
        _cancel?.Cancel();
        return Task.CompletedTask;
    }

    private async Task Execute(RunRequest request)
    {
        _cancel = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        RunResult? result = null;
        string? error = null;
        try
        {
            result = await Task.Run(() => KernelRun.Execute(request, _cancel.Token));
            if (result is null) return; // cancelled
        }
        catch (Exception e)
        {
            log.LogError(e, "Run {Run} of experiment {Experiment} failed", request.RunIndex, request.ExperimentId);
            error = e.Message;
        }
        finally
        {
            _running = null;
        }

        var outcome = new RunOutcome(request.ExperimentId, request.RunIndex, silo.SiloAddress.ToString(), clock.Elapsed.TotalSeconds,
            result is null ? 0 : KernelRun.Digest(result), DateTime.UtcNow, error);
        record.State = new RunRecord { Outcome = outcome, Result = result };
        await record.WriteStateAsync();
        try
        {
            await GrainFactory.Experiment(request.ExperimentId).RunFinished(outcome);
        }
        catch (Exception e)
        {
            // The experiment's watchdog asks again and gets the stored outcome.
            log.LogWarning(e, "Could not report run {Run} of experiment {Experiment}", request.RunIndex, request.ExperimentId);
        }
        this.DeactivateOnIdle(); // the result is stored; free the memory until someone reads it
    }
}
