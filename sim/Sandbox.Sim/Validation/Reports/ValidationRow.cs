using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Validation.Reports;

/// <summary>Pass: the model mean is inside the band. Reference: shown for contrast, never failed.</summary>
public enum CheckStatus { Pass, Fail, Reference }

/// <summary>
/// One row of the validation table: the published figure and its source, the pass band, the model's mean with
/// a 95% confidence interval over replications, and the verdict.
/// </summary>
public sealed record ValidationRow(
    string FactId,
    int FactNumber,
    string Title,
    string Source,
    string CheckId,
    string Statement,
    CheckRole Role,
    string Unit,
    TargetBand Band,
    Summary Model,
    IReadOnlyList<double> Values,
    string Note,
    string KnownLimit)
{
    public CheckStatus Status =>
        Role == CheckRole.Reference ? CheckStatus.Reference
        : !double.IsNaN(Model.Mean) && Band.Contains(Model.Mean) ? CheckStatus.Pass
        : CheckStatus.Fail;

    /// <summary>"exit-curve/within26": stable key for tests and tables.</summary>
    public string Key => FactId + "/" + CheckId;
}
