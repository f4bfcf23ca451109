namespace Sandbox.Sim.Experiments;

/// <summary>
/// How many replications a comparison runs, from which seed, and on how many threads. The degree of parallelism
/// changes only the wall time: every run is a pure function of its scenario and seed.
/// </summary>
public sealed record CompareOptions
{
    public const int MaxReplications = 1000;

    /// <summary>Replications per variant (1 to <see cref="MaxReplications"/>).</summary>
    public int Replications { get; init; } = 10;

    /// <summary>Replication r runs with <c>Replications.Seed(BaseSeed, r)</c> in every variant.</summary>
    public long BaseSeed { get; init; } = 1;

    /// <summary>Runs at once; defaults to one per core, since each run is single-threaded.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    internal void Validate()
    {
        if (Replications is < 1 or > MaxReplications)
            throw new ArgumentOutOfRangeException(nameof(Replications), Replications, $"Replications must be 1 to {MaxReplications}.");
        if (BaseSeed < 0) throw new ArgumentOutOfRangeException(nameof(BaseSeed), BaseSeed, "Seeds are non-negative.");
        if (MaxDegreeOfParallelism < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "At least one run at a time.");
    }
}
