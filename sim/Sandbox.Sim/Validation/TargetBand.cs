namespace Sandbox.Sim.Validation;

/// <summary>A published target and the band of model values that pass. Bands are closed at both ends.</summary>
public readonly record struct TargetBand(double Target, double Low, double High)
{
    public static TargetBand Around(double target, double tolerance) =>
        new(target, Math.Round(target - tolerance, 12), Math.Round(target + tolerance, 12));

    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary>True when the band is target ± a tolerance rather than an asymmetric range.</summary>
    public bool IsSymmetric => Math.Abs((Target - Low) - (High - Target)) < 1e-12;
}
