namespace Sandbox.Sim.Validation.Reports;

/// <summary>
/// The result of a validation run: one row per check, the fact files they came from (for sources and notes),
/// and how the run was made. Hosts render this object; writers turn it into CSV or HTML.
/// </summary>
public sealed record ValidationReport(
    IReadOnlyList<ValidationRow> Rows,
    IReadOnlyList<FactFile> Facts,
    bool Quick,
    int Runs,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, double> Overrides)
{
    public int Passed => Rows.Count(r => r.Status == CheckStatus.Pass);
    public int Failed => Rows.Count(r => r.Status == CheckStatus.Fail);

    /// <summary>Failures the fact files document as needing a rule change (<see cref="FactCheck.KnownLimit"/>).</summary>
    public int KnownLimits => Rows.Count(r => r.Status == CheckStatus.Fail && r.KnownLimit.Length > 0);

    /// <summary>Failures nobody has explained: a calibration that no longer holds, or a broken mechanism.</summary>
    public IReadOnlyList<ValidationRow> Unexplained => Rows.Where(r => r.Status == CheckStatus.Fail && r.KnownLimit.Length == 0).ToArray();

    public ValidationRow Row(string key) =>
        Rows.FirstOrDefault(r => r.Key == key) ?? throw new KeyNotFoundException($"no validation row '{key}'");
}
