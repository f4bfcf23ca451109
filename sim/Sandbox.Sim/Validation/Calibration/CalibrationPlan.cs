namespace Sandbox.Sim.Validation.Calibration;

/// <summary>
/// What the calibration fits: free parameters, the facts whose <see cref="CheckRole.Calibrated"/> checks are
/// the targets, and how each candidate is judged. Candidates run on their own seed, so the validation that
/// follows sees draws the fit never saw.
/// </summary>
public sealed record CalibrationPlan
{
    public required IReadOnlyList<CalibrationParameter> Parameters { get; init; }

    /// <summary>Fact ids whose calibrated checks are fitted.</summary>
    public required IReadOnlyList<string> Facts { get; init; }

    public int Replications { get; init; } = 4;

    /// <summary>Fit on each fact's quick version (small populations): for tests of the search, not for defaults.</summary>
    public bool Quick { get; init; }

    /// <summary>Seed of the fitting runs (the validation runs the scenarios' own seed).</summary>
    public long Seed { get; init; } = 1001;

    /// <summary>
    /// Weight of the pull towards the priors, per squared log-ratio of a parameter to its prior: among values
    /// that fit equally well, the search keeps the ones nearest the documented defaults.
    /// </summary>
    public double PriorWeight { get; init; } = 0.25;

    /// <summary>First step of the pattern search, as a share of each parameter's range; halved until <see cref="FinalStep"/>.</summary>
    public double FirstStep { get; init; } = 0.16;

    public double FinalStep { get; init; } = 0.01;

    public int MaxEvaluations { get; init; } = 150;

    public int? MaxParallelism { get; init; }
}
