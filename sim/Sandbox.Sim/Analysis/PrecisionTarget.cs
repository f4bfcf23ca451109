namespace Sandbox.Sim.Analysis;

/// <summary>
/// How precisely one output must be known before replications stop. The allowed half-width is the larger
/// of <see cref="Absolute"/> and <see cref="Relative"/>·|mean|, so either suffices: a relative target alone
/// can never be met by an output whose mean is near zero, and the absolute floor is what rescues it.
/// </summary>
/// <param name="Output">Output name as the replication results key it.</param>
/// <param name="Absolute">Allowed half-width in output units; 0 for none.</param>
/// <param name="Relative">Allowed half-width as a share of |mean| (0.05 = ±5 %); 0 for none.</param>
public readonly record struct PrecisionTarget(string Output, double Absolute = 0, double Relative = 0)
{
    public double AllowedHalfWidth(double mean) => Math.Max(Absolute, Relative * Math.Abs(mean));

    internal void Check()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Output, nameof(Output));
        if (!(Absolute >= 0) || !(Relative >= 0) || !double.IsFinite(Absolute) || !double.IsFinite(Relative) || Absolute + Relative == 0)
            throw new ArgumentOutOfRangeException(nameof(Absolute), $"{Output}: a precision target needs a finite absolute or relative half-width above zero.");
    }
}
