namespace Sandbox.Sim.Validation;

/// <summary>How to run the suite.</summary>
public sealed record ValidationOptions
{
    /// <summary>The fast version: each fact's quick population, weeks and replications.</summary>
    public bool Quick { get; init; }

    /// <summary>Runs in parallel at most (replications are independent); the machine's cores when null.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>
    /// Parameter values applied to every arm of every fact (paths as in <c>sandbox params</c>). The calibration
    /// tries candidate defaults this way, and tests break a parameter on purpose to see facts fail; a normal
    /// validation sets none.
    /// </summary>
    public IReadOnlyDictionary<string, double> Overrides { get; init; } = new Dictionary<string, double>();

    /// <summary>Replications of every fact, instead of each file's own (the calibration uses fewer).</summary>
    public int? Replications { get; init; }

    /// <summary>Only these fact ids (all when null).</summary>
    public IReadOnlyCollection<string>? Facts { get; init; }
}
