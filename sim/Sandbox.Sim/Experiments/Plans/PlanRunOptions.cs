namespace Sandbox.Sim.Experiments;

/// <summary>
/// How a plan is run: how many runs at once and where finished runs are kept. Neither changes a number in
/// the results: every run is a pure function of its scenario and seed and lands in its own slot.
/// </summary>
public sealed record PlanRunOptions
{
    /// <summary>Runs at once; defaults to one per core, since each run is single-threaded.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Finished runs are saved here and runs found here are not run again (<c>--resume</c>); null keeps nothing.</summary>
    public IRunStore? Store { get; init; }

    internal void Validate()
    {
        if (MaxDegreeOfParallelism < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "At least one run at a time.");
    }
}
