namespace Sandbox.Sim.Validation;

/// <summary>
/// One row of the validation table: a published figure, the model quantity that corresponds to it, and the
/// band within which the model passes.
/// </summary>
public sealed class FactCheck
{
    /// <summary>Key within the fact file, e.g. "within26".</summary>
    public string Id { get; set; } = "";

    /// <summary>The published figure in plain words.</summary>
    public string Statement { get; set; } = "";

    public MeasureSpec Measure { get; set; } = new();

    /// <summary>The published value the model is compared with.</summary>
    public double Target { get; set; }

    /// <summary>Symmetric tolerance around <see cref="Target"/> (used when <see cref="Range"/> is absent).</summary>
    public double? Tolerance { get; set; }

    /// <summary>An explicit [low, high] pass band, for published ranges and one-sided facts.</summary>
    public double[]? Range { get; set; }

    /// <summary>"share", "ratio", "odds ratio", "relative risk", "% per meeting": how values are shown.</summary>
    public string Unit { get; set; } = "share";

    public CheckRole Role { get; set; } = CheckRole.Validated;

    /// <summary>For <see cref="CheckRole.Reference"/> rows: which source the model follows instead, or why it has no counterpart.</summary>
    public string Note { get; set; } = "";

    /// <summary>
    /// Set when the model cannot meet this figure without a change to its weekly rules: what is missing. The row
    /// still fails in the table; tests treat it as a documented gap, not a regression.
    /// </summary>
    public string KnownLimit { get; set; } = "";

    public TargetBand Band => Range is { Length: 2 } r ? new TargetBand(Target, r[0], r[1]) : TargetBand.Around(Target, Tolerance ?? 0);
}

/// <summary>What a check is for: fitted by the calibration, validated out of sample, or shown for contrast only.</summary>
public enum CheckRole
{
    /// <summary>A free parameter was fitted to this figure (scenarios/CALIBRATION.md); passing shows the fit holds.</summary>
    Calibrated,
    /// <summary>No parameter was fitted to this figure: the model reproduces it or it does not.</summary>
    Validated,
    /// <summary>
    /// Shown with the model value for context, never failed: a published figure that conflicts with one the
    /// model follows, or one the model has no mechanism for (its value is an interpretation).
    /// </summary>
    Reference,
}
