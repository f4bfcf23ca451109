using System.Net;
using System.Text;

namespace Sandbox.Reporting.Report;

/// <summary>
/// A self-contained HTML report: no scripts, fonts or links to fetch, charts embedded as base64 SVG (PNG when no
/// SVG was written) so the file can be mailed or archived alone; table files small enough are embedded as
/// downloadable data links, as are the manifest and scenario of the reproduction bundle.
/// </summary>
public static class HtmlReport
{
    /// <summary>Tables above this size are previewed but not embedded, to keep the report mailable.</summary>
    public const long MaxEmbeddedBytes = 2_000_000;

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
        h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}h3{font-size:1.05em;margin-bottom:.2em}
        figure{margin:1.5em 0}figure img{max-width:100%;border:1px solid #eee}figcaption{color:#555;font-size:.9em}
        table{border-collapse:collapse;font-size:.82em;margin:.5em 0;display:block;overflow-x:auto}
        th,td{border:1px solid #ddd;padding:2px 6px;text-align:right;white-space:nowrap}th{background:#f4f4f4}
        td:first-child,th:first-child{text-align:left}.note{color:#555;font-size:.9em}
        pre{background:#f7f7f7;padding:.8em;overflow-x:auto;font-size:.8em}details{margin:.8em 0}
        """;

    public static string Write(IReadOnlyList<ReportBlock> blocks, ExperimentFolder folder)
    {
        var sb = new StringBuilder();
        string title = blocks.OfType<HeadingBlock>().FirstOrDefault()?.Text ?? "Experiment report";
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .Append("<title>").Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head><body>\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    sb.Append($"<h{h.Level}>").Append(E(h.Text)).Append($"</h{h.Level}>\n");
                    break;
                case ParagraphBlock p:
                    sb.Append("<p>").Append(E(p.Text)).Append("</p>\n");
                    break;
                case BulletsBlock b:
                    sb.Append("<ul>");
                    foreach (var item in b.Items) sb.Append("<li>").Append(E(item)).Append("</li>");
                    sb.Append("</ul>\n");
                    break;
                case ChartBlock c:
                    Chart(sb, c, folder);
                    break;
                case TableBlock t:
                    Table(sb, t, folder);
                    break;
                case CodeBlock code:
                    sb.Append("<details><summary>").Append(E(code.Title)).Append("</summary>")
                      .Append(Download(code.FileName, Encoding.UTF8.GetBytes(code.Text), "application/json"))
                      .Append("<pre>").Append(E(code.Text)).Append("</pre></details>\n");
                    break;
            }
        }
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static void Chart(StringBuilder sb, ChartBlock c, ExperimentFolder folder)
    {
        string svg = folder.PathOf(c.Name + ".svg"), png = folder.PathOf(c.Name + ".png");
        string src = File.Exists(svg) ? "data:image/svg+xml;base64," + Convert.ToBase64String(File.ReadAllBytes(svg))
            : "data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(png));
        sb.Append("<figure><img alt=\"").Append(E(c.Title)).Append("\" src=\"").Append(src).Append("\"><figcaption>")
          .Append(E(c.Title)).Append(c.Note.Length > 0 ? ". " + E(c.Note) : "").Append("</figcaption></figure>\n");
    }

    private static void Table(StringBuilder sb, TableBlock t, ExperimentFolder folder)
    {
        sb.Append("<h3>").Append(E(t.Title)).Append("</h3>");
        if (t.Note.Length > 0) sb.Append("<p class=\"note\">").Append(E(t.Note)).Append("</p>");
        sb.Append("<table><thead><tr>");
        foreach (var c in t.Preview.Columns) sb.Append("<th>").Append(E(c)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in t.Preview.Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row) sb.Append("<td>").Append(E(cell)).Append("</td>");
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table><p class=\"note\">");
        sb.Append(t.Preview.Rows.Count < t.Preview.TotalRows ? $"First {t.Preview.Rows.Count} of {t.Preview.TotalRows} rows. " : $"{t.Preview.TotalRows} rows. ");
        var info = new FileInfo(folder.PathOf(t.File));
        sb.Append(info.Length <= MaxEmbeddedBytes
            ? "Whole table: " + Download(t.File, File.ReadAllBytes(info.FullName), t.File.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : "application/octet-stream")
            : $"Whole table: {E(t.File)} in the experiment folder ({info.Length / 1_000_000} MB, too large to embed).");
        sb.Append("</p>\n");
    }

    private static string Download(string name, byte[] bytes, string type) =>
        $"<a download=\"{E(name)}\" href=\"data:{type};base64,{Convert.ToBase64String(bytes)}\">{E(name)}</a>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
