namespace Sandbox.Sim.Analysis;

/// <summary>Where one output stands against its target; <see cref="Met"/> is false while the spread is unknown.</summary>
public readonly record struct TargetStatus(PrecisionTarget Target, Summary Summary)
{
    public double Allowed => Target.AllowedHalfWidth(Summary.Mean);
    public bool Met => Summary.HalfWidth <= Allowed;

    /// <summary>
    /// Replications this output needs, from half-width ∝ 1/√n: n·(h/allowed)². Ignores the shrinking t
    /// value, so it errs slightly high at small n; null while the spread is unknown.
    /// </summary>
    public int? NeededReplications => Met ? Summary.N
        : double.IsNaN(Summary.HalfWidth) ? null
        : (int)Math.Min(int.MaxValue, Math.Ceiling(Summary.N * Math.Pow(Summary.HalfWidth / Allowed, 2)));
}
