using Orleans.Concurrency;

namespace Sandbox.Grains.Experiments;

/// <summary>
/// One experiment (key: experiment id): splits it into one <see cref="IRunGrain"/> per (point, replication),
/// keeps a bounded number in flight across all silos, persists progress through grain storage and survives
/// silo loss (unfinished runs are re-dispatched, finished ones are never rerun or counted twice). Any call
/// reactivates it where it left off, which is all <c>--resume</c> needs after a restart.
/// </summary>
[Alias("sandbox.experiment")]
public interface IExperimentGrain : IGrainWithStringKey
{
    /// <summary>Starts the experiment; launching the same spec again only returns progress.</summary>
    [Alias("launch")] Task<ExperimentProgress> Launch(ExperimentSpec spec);

    /// <summary>Stops dispatching new runs; runs already under way finish and are kept.</summary>
    [Alias("pause")] Task<ExperimentProgress> Pause();

    /// <summary>Continues a paused experiment, or one that was running when its process stopped.</summary>
    [Alias("resume")] Task<ExperimentProgress> Resume();

    /// <summary>Stops for good; runs under way are cancelled, finished results stay readable.</summary>
    [Alias("cancel")] Task<ExperimentProgress> Cancel();

    [Alias("progress")] Task<ExperimentProgress> GetProgress();

    [ReadOnly, Alias("spec")] Task<ExperimentSpec?> GetSpec();

    /// <summary>Called by a run grain once its result is stored.</summary>
    [Alias("run-finished")] Task RunFinished(RunOutcome outcome);

    [Alias("subscribe")] Task Subscribe(IExperimentObserver observer);
    [Alias("unsubscribe")] Task Unsubscribe(IExperimentObserver observer);
}
