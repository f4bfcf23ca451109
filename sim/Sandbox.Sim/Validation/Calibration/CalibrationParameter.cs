namespace Sandbox.Sim.Validation.Calibration;

/// <summary>A free parameter of the calibration: its path, the search range and the prior (the documented default).</summary>
public sealed record CalibrationParameter(string Path, double Min, double Max, double Prior)
{
    /// <summary>Position in the range, 0 at <see cref="Min"/> and 1 at <see cref="Max"/>: the search's coordinates.</summary>
    public double ToUnit(double value) => (value - Min) / (Max - Min);

    public double FromUnit(double unit) => Min + Math.Clamp(unit, 0, 1) * (Max - Min);
}
