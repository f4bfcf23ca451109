namespace Sandbox.Grains.Experiments;

/// <summary>An experiment's definition, written once at launch.</summary>
[GenerateSerializer, Alias("sandbox.experiment-definition")]
internal sealed class ExperimentDefinition
{
    [Id(0)] public ExperimentSpec? Spec { get; set; }
    [Id(1)] public DateTime LaunchedUtc { get; set; }
}

/// <summary>
/// An experiment's progress, saved as runs finish: which runs are done (by run index, so a run is counted
/// once however often it is reported) and how many each silo executed.
/// </summary>
[GenerateSerializer, Alias("sandbox.experiment-ledger")]
internal sealed class ExperimentLedger
{
    [Id(0)] public ExperimentStatus Status { get; set; }
    [Id(1)] public bool[] Finished { get; set; } = [];
    [Id(2)] public int FinishedCount { get; set; }
    [Id(3)] public Dictionary<string, int> BySilo { get; set; } = [];
    [Id(4)] public string? Error { get; set; }

    /// <summary>Records a finished run; false if it was already counted.</summary>
    public bool Record(RunOutcome outcome)
    {
        if (Finished[outcome.RunIndex]) return false;
        Finished[outcome.RunIndex] = true;
        FinishedCount++;
        BySilo[outcome.Silo] = BySilo.GetValueOrDefault(outcome.Silo) + 1;
        return true;
    }
}

/// <summary>A run's stored outcome and result, written once when the kernel finishes.</summary>
[GenerateSerializer, Alias("sandbox.run-record")]
internal sealed class RunRecord
{
    [Id(0)] public RunOutcome? Outcome { get; set; }
    [Id(1)] public Sandbox.Sim.Metrics.RunResult? Result { get; set; }
}
