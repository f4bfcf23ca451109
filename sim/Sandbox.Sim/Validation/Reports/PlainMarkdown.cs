using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Sandbox.Sim.Validation.Reports;

/// <summary>
/// Renders the small Markdown subset the About text is written in — headings, paragraphs, bullet lists and
/// **bold** — as HTML, so the validation page can carry it without a Markdown library.
/// </summary>
public static partial class PlainMarkdown
{
    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder();
        var paragraph = new List<string>();
        bool inList = false;

        void Flush()
        {
            if (paragraph.Count > 0) html.Append("<p>").Append(Inline(string.Join(" ", paragraph))).Append("</p>\n");
            paragraph.Clear();
            if (inList) html.Append("</ul>\n");
            inList = false;
        }

        foreach (var raw in markdown.Replace("\r", "").Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.Length == 0) { Flush(); continue; }
            int level = line.TakeWhile(c => c == '#').Count();
            if (level is > 0 and <= 4 && line.Length > level && line[level] == ' ')
            {
                Flush();
                html.Append($"<h{level + 1}>").Append(Inline(line[(level + 1)..])).Append($"</h{level + 1}>\n");
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (paragraph.Count > 0) Flush();
                if (!inList) html.Append("<ul>\n");
                inList = true;
                html.Append("<li>").Append(Inline(line[2..])).Append("</li>\n");
            }
            else if (inList && raw.StartsWith("  ", StringComparison.Ordinal))
            {
                html.Insert(html.Length - "</li>\n".Length, " " + Inline(line.Trim()));
            }
            else
            {
                if (inList) Flush();
                paragraph.Add(line.Trim());
            }
        }
        Flush();
        return html.ToString();
    }

    private static string Inline(string text) => Bold().Replace(WebUtility.HtmlEncode(text), "<strong>$1</strong>");

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
