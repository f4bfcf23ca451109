using System.Globalization;
using System.Net;
using System.Text;

namespace Sandbox.Sim.Validation.Reports;

/// <summary>
/// The validation report as one self-contained HTML page (no scripts, no external files): a plain-language
/// summary, the table of published figures against the model, each fact's notes, and the About text with the
/// model's assumptions and known limits.
/// </summary>
public static class ValidationHtml
{
    public static string Render(ValidationReport report, string? about = null)
    {
        about ??= FactLibrary.About();
        var h = new StringBuilder();
        h.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Model validation</title>\n<style>\n")
         .Append(Style).Append("</style>\n</head>\n<body>\n");
        h.Append("<h1>Does the model reproduce what is known?</h1>\n<p class=\"summary\">")
         .Append(E(Summary(report))).Append("</p>\n");

        h.Append("<table>\n<thead><tr><th>Fact</th><th>Published figure</th><th>Source</th><th>Target</th><th>Model (95% CI)</th><th>Result</th></tr></thead>\n<tbody>\n");
        foreach (var group in report.Rows.GroupBy(r => r.FactId))
        {
            var first = group.First();
            h.Append("<tr class=\"fact\"><td colspan=\"6\">")
             .Append(first.FactNumber > 0 ? $"{first.FactNumber}. " : "").Append(E(first.Title)).Append("</td></tr>\n");
            foreach (var r in group)
            {
                h.Append("<tr class=\"").Append(r.Status.ToString().ToLowerInvariant()).Append("\"><td>").Append(E(r.CheckId))
                 .Append("</td><td>").Append(E(r.Statement)).Append("</td><td>").Append(E(r.Source))
                 .Append("</td><td class=\"num\">").Append(E(ValueFormat.Band(r.Band, r.Unit)))
                 .Append("</td><td class=\"num\">").Append(E(ValueFormat.Model(r.Model, r.Unit)))
                 .Append("</td><td>").Append(E(ValueFormat.Status(r))).Append("</td></tr>\n");
            }
        }
        h.Append("</tbody>\n</table>\n");

        h.Append("<h2>How each figure was checked</h2>\n");
        foreach (var group in report.Rows.GroupBy(r => r.FactId))
        {
            h.Append("<h3>").Append(E(group.First().Title)).Append("</h3>\n");
            if (report.Facts.FirstOrDefault(f => f.Id == group.Key) is { Notes.Length: > 0 } fact)
                h.Append("<p>").Append(E(fact.Notes)).Append("</p>\n");
            var explained = group.Where(r => r.KnownLimit.Length > 0 || r.Note.Length > 0).ToArray();
            if (explained.Length == 0) continue;
            h.Append("<ul>\n");
            foreach (var r in explained)
                h.Append("<li><strong>").Append(E(r.CheckId)).Append(":</strong> ")
                 .Append(E(r.KnownLimit.Length > 0 ? "known limit — " + r.KnownLimit : r.Note)).Append("</li>\n");
            h.Append("</ul>\n");
        }

        h.Append("<section class=\"about\">\n").Append(PlainMarkdown.ToHtml(about)).Append("</section>\n</body>\n</html>\n");
        return h.ToString();
    }

    /// <summary>One sentence on the outcome, for the page and the console.</summary>
    public static string Summary(ValidationReport report)
    {
        int checkedRows = report.Rows.Count(r => r.Status != CheckStatus.Reference);
        int references = report.Rows.Count - checkedRows;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{report.Passed} of {checkedRows} published figures are reproduced within tolerance");
        if (report.KnownLimits > 0) text.Append(CultureInfo.InvariantCulture, $"; {report.KnownLimits} need a change to the model's rules (known limits)");
        if (report.Unexplained.Count > 0) text.Append(CultureInfo.InvariantCulture, $"; {report.Unexplained.Count} fail unexpectedly");
        if (references > 0) text.Append(CultureInfo.InvariantCulture, $"; {references} figures are shown for reference only");
        text.Append(CultureInfo.InvariantCulture,
            $". {(report.Quick ? "Quick suite (small populations)" : "Full suite")}: {report.Runs} simulation runs, {report.Elapsed.TotalSeconds:0} s.");
        if (report.Overrides.Count > 0)
            text.Append(" Parameters changed for this run: ")
                .Append(string.Join(", ", report.Overrides.Select(kv => kv.Key + " = " + kv.Value.ToString(CultureInfo.InvariantCulture)))).Append('.');
        return text.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font-family: system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #1d2733; line-height: 1.45; }
        table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
        th, td { border-bottom: 1px solid #d8dee6; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #eef2f6; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr.fact td { background: #f7f9fb; font-weight: 600; padding-top: 0.7rem; }
        tr.pass td:last-child { color: #1b7a3a; font-weight: 600; }
        tr.fail td:last-child { color: #b3261e; font-weight: 600; }
        tr.reference td { color: #5b6775; }
        .summary { font-size: 1.05rem; }
        .about { margin-top: 2rem; border-top: 2px solid #d8dee6; }

        """;
}
