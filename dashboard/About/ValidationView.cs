using Sandbox.Sim.Validation.Reports;

namespace Sandbox.Dashboard.About;

/// <summary>Where the About page's validation run stands, and the last finished report.</summary>
public sealed record ValidationState(string? Running, int Done, int Total, string? Error, string? ReportMode, ValidationView? Report);

/// <summary>The validation table for the browser: values already worded as the report words them.</summary>
public sealed record ValidationView(string Summary, bool Quick, int Passed, int Failed, int KnownLimits, IReadOnlyList<ValidationFactView> Facts)
{
    public static ValidationView From(ValidationReport report) => new(
        ValidationHtml.Summary(report), report.Quick, report.Passed, report.Failed, report.KnownLimits,
        report.Rows.GroupBy(r => r.FactId).Select(g =>
        {
            var first = g.First();
            var notes = report.Facts.FirstOrDefault(f => f.Id == g.Key)?.Notes ?? "";
            return new ValidationFactView(g.Key, first.FactNumber, first.Title, first.Source, notes, g.Select(ValidationCheckView.From).ToArray());
        }).ToArray());
}

public sealed record ValidationFactView(string Id, int Number, string Title, string Source, string Notes, IReadOnlyList<ValidationCheckView> Checks);

/// <summary>One published figure against the model: statement, target band, model mean with 95% CI, verdict and why.</summary>
public sealed record ValidationCheckView(string Id, string Statement, string Target, string Model, double Mean, double Low, double High,
    string Status, string Verdict, string Note, string KnownLimit)
{
    public static ValidationCheckView From(ValidationRow r) => new(r.CheckId, r.Statement, ValueFormat.Band(r.Band, r.Unit),
        ValueFormat.Model(r.Model, r.Unit), r.Model.Mean, r.Band.Low, r.Band.High,
        r.Status.ToString().ToLowerInvariant(), ValueFormat.Status(r), r.Note, r.KnownLimit);
}
