using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Reports;

namespace Sandbox.Dashboard.About;

/// <summary>
/// The About page: the assumptions and known limits (scenarios/validation/ABOUT.md as HTML), the sources of every
/// fact, and the validation table of the last run with the run's state. Numbers are worded by the suite's own
/// <see cref="ValueFormat"/>, so the page says what `sandbox validate` prints.
/// </summary>
public sealed record AboutView(string AboutHtml, IReadOnlyList<SourceView> Sources, ValidationStatus Status, ValidationTableView? Validation)
{
    public static AboutView Of(ValidationRuns runs)
    {
        var facts = FactLibrary.All();
        var sources = facts.Select(f => new SourceView(f.Id, f.Fact, f.Title, f.Source)).ToArray();
        return new AboutView(PlainMarkdown.ToHtml(FactLibrary.About()), sources, runs.Status, runs.Last is { } last ? ValidationTableView.Of(last) : null);
    }
}

public sealed record SourceView(string Fact, int Number, string Title, string Source);

public sealed record ValidationTableView(string Summary, bool Quick, int Passed, int Failed, int KnownLimits, IReadOnlyList<ValidationRowView> Rows, string Html)
{
    public static ValidationTableView Of(ValidationReport report) => new(ValidationHtml.Summary(report), report.Quick, report.Passed, report.Failed, report.KnownLimits,
        report.Rows.Select(r => new ValidationRowView(r.Key, r.FactNumber, r.Title, r.Statement, r.Source, ValueFormat.Band(r.Band, r.Unit), ValueFormat.Model(r.Model, r.Unit),
            ValueFormat.Status(r), r.Status.ToString().ToLowerInvariant(), r.KnownLimit.Length > 0 ? r.KnownLimit : r.Note,
            r.Band.Low, r.Band.High, r.Model.Mean, r.Model.Lower, r.Model.Upper)).ToArray(),
        ValidationHtml.Render(report));
}

/// <summary>One check: the published figure and source, target and tolerance as text, the model's mean (95% CI) and the verdict.</summary>
public sealed record ValidationRowView(string Key, int Fact, string Title, string Statement, string Source, string Target, string Model, string Result,
    string Status, string Note, double PassLow, double PassHigh, double Mean, double CiLow, double CiHigh);
