namespace Sandbox.Grains.Experiments;

/// <summary>How an experiment keeps the cluster busy and notices lost runs.</summary>
public sealed class ExperimentOptions
{
    /// <summary>Runs kept in flight per active silo (runs are CPU-bound kernel runs, one per core is enough).</summary>
    public int RunsPerSilo { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How often in-flight runs are checked (a run on a silo that died is restarted elsewhere) and progress saved.</summary>
    public TimeSpan WatchdogPeriod { get; set; } = TimeSpan.FromSeconds(2);
}
