namespace Sandbox.Dashboard.Experiments;

public enum ExperimentStatus { Running, Completed, Cancelled, Failed }

/// <summary>An experiment's progress as viewers see it, pushed on every finished run (at most a few times a second).</summary>
public sealed record ExperimentInfo(
    string Id,
    string Kind,
    string Name,
    ExperimentStatus Status,
    int Finished,
    int Total,
    IReadOnlyList<string> Variants,
    int Replications,
    long BaseSeed,
    string Engine,
    DateTimeOffset StartedUtc,
    double Seconds,
    string? Error = null)
{
    public bool IsOver => Status != ExperimentStatus.Running;
}
