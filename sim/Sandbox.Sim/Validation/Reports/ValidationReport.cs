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

    /// <summary>True when every row that is checked passes (reference rows never fail).</summary>
    public bool AllPassed => Failed == 0;

    public ValidationRow Row(string key) =>
        Rows.FirstOrDefault(r => r.Key == key) ?? throw new KeyNotFoundException($"no validation row '{key}'");
}
