namespace Sandbox.Sim.Validation.Reports;

/// <summary>
/// The report as tidy columns (one row per check) for CSV or Parquet. The model core cannot reference the
/// reporting library, so hosts pass these columns to its table writers.
/// </summary>
public static class ValidationTable
{
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Values)> TextColumns(ValidationReport report) =>
    [
        ("fact", Of(report, r => r.FactId)),
        ("check", Of(report, r => r.CheckId)),
        ("title", Of(report, r => r.Title)),
        ("statement", Of(report, r => r.Statement)),
        ("source", Of(report, r => r.Source)),
        ("role", Of(report, r => Scenarios.ScenarioJson.CamelCase(r.Role.ToString()))),
        ("unit", Of(report, r => r.Unit)),
        ("status", Of(report, ValueFormat.Status)),
        ("note", Of(report, r => r.KnownLimit.Length > 0 ? r.KnownLimit : r.Note)),
    ];

    public static IReadOnlyList<(string Name, IReadOnlyList<double> Values)> NumberColumns(ValidationReport report) =>
    [
        ("modelFact", Of(report, r => (double)r.FactNumber)),
        ("target", Of(report, r => r.Band.Target)),
        ("passLow", Of(report, r => r.Band.Low)),
        ("passHigh", Of(report, r => r.Band.High)),
        ("mean", Of(report, r => r.Model.Mean)),
        ("ciLow", Of(report, r => r.Model.Lower)),
        ("ciHigh", Of(report, r => r.Model.Upper)),
        ("sd", Of(report, r => r.Model.StdDev)),
        ("replications", Of(report, r => (double)r.Model.N)),
    ];

    /// <summary>Column order for writers: text keys first, then the numbers, then status and note.</summary>
    public static readonly IReadOnlyList<string> Order =
        ["fact", "check", "modelFact", "title", "statement", "source", "role", "unit", "target", "passLow", "passHigh",
         "mean", "ciLow", "ciHigh", "sd", "replications", "status", "note"];

    private static IReadOnlyList<T> Of<T>(ValidationReport report, Func<ValidationRow, T> read) => report.Rows.Select(read).ToArray();
}
