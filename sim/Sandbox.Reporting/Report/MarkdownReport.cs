using System.Text;

namespace Sandbox.Reporting.Report;

/// <summary>
/// The same report as Markdown, for wikis and pull requests: charts are linked as the PNG files beside the
/// experiment's other outputs (relative to where the report is written), tables previewed as pipe tables, and
/// the reproduction bundle in fenced code blocks.
/// </summary>
public static class MarkdownReport
{
    public static string Write(IReadOnlyList<ReportBlock> blocks, ExperimentFolder folder, string reportPath)
    {
        string relative = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(reportPath))!, folder.Directory).Replace('\\', '/');
        string Link(string file) => relative == "." ? file : relative + "/" + file;
        var sb = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    sb.Append(new string('#', h.Level)).Append(' ').AppendLine(h.Text).AppendLine();
                    break;
                case ParagraphBlock p:
                    sb.AppendLine(p.Text).AppendLine();
                    break;
                case BulletsBlock b:
                    foreach (var item in b.Items) sb.Append("- ").AppendLine(item);
                    sb.AppendLine();
                    break;
                case ChartBlock c:
                    string image = File.Exists(folder.PathOf(c.Name + ".png")) ? c.Name + ".png" : c.Name + ".svg";
                    sb.Append("![").Append(c.Title).Append("](").Append(Link(image)).AppendLine(")").AppendLine();
                    sb.Append('*').Append(c.Title).Append(c.Note.Length > 0 ? ". " + c.Note : "").AppendLine("*").AppendLine();
                    break;
                case TableBlock t:
                    sb.Append("### ").AppendLine(t.Title).AppendLine();
                    if (t.Note.Length > 0) sb.AppendLine(t.Note).AppendLine();
                    sb.Append("| ").Append(string.Join(" | ", t.Preview.Columns.Select(Cell))).AppendLine(" |");
                    sb.Append('|').Append(string.Concat(t.Preview.Columns.Select(_ => "---|"))).AppendLine();
                    foreach (var row in t.Preview.Rows) sb.Append("| ").Append(string.Join(" | ", row.Select(Cell))).AppendLine(" |");
                    sb.AppendLine().Append(t.Preview.Rows.Count < t.Preview.TotalRows ? $"First {t.Preview.Rows.Count} of {t.Preview.TotalRows} rows; " : "")
                      .Append("whole table: [").Append(t.File).Append("](").Append(Link(t.File)).AppendLine(")").AppendLine();
                    break;
                case CodeBlock code:
                    sb.Append("**").Append(code.Title).AppendLine("**").AppendLine().AppendLine("```json").Append(code.Text.TrimEnd()).AppendLine().AppendLine("```").AppendLine();
                    break;
            }
        }
        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
