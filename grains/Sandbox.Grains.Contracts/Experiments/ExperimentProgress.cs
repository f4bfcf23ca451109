namespace Sandbox.Grains.Experiments;

public enum ExperimentStatus { None, Running, Paused, Completed, Cancelled, Failed }

/// <summary>How many of an experiment's runs one silo executed (counted once, when the run's result was kept).</summary>
[GenerateSerializer, Immutable, Alias("sandbox.silo-runs")]
public sealed record SiloRuns(string Silo, int Runs);

/// <summary>
/// An experiment's progress as it was last persisted or updated. <see cref="FinishedByPoint"/> shows how
/// evenly partial results cover the points; <see cref="Host"/> is the silo currently running the experiment grain.
/// </summary>
[GenerateSerializer, Immutable, Alias("sandbox.experiment-progress")]
public sealed record ExperimentProgress(
    string ExperimentId,
    string Name,
    ExperimentStatus Status,
    int Total,
    int Finished,
    int Running,
    int[] FinishedByPoint,
    SiloRuns[] BySilo,
    string Host,
    string? Error = null)
{
    public bool IsOver => Status is ExperimentStatus.Completed or ExperimentStatus.Cancelled or ExperimentStatus.Failed;
}
