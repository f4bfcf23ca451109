using ScottPlot;
using ScottPlot.Panels;

namespace Sandbox.Reporting;

/// <summary>
/// Left-aligned lines of text above or below the plot (title + subtitle, or the caption), word-wrapped to the figure
/// width. ScottPlot's own title is centred over the data area and has no subtitle or caption; report charts read as a
/// document, so headings start at the left edge like the surrounding text.
/// </summary>
internal sealed class TextBlockPanel : PanelBase
{
    private const float Margin = 16;
    private readonly List<(string Text, LabelStyle Style)> _lines = [];
    private readonly float _wrapWidth;
    private List<(string Text, LabelStyle Style, float Height)>? _wrapped;

    public TextBlockPanel(Edge edge, int figureWidth)
    {
        Edge = edge;
        _wrapWidth = figureWidth - 2 * Margin;
    }

    public TextBlockPanel Add(string? text, float fontSize, bool bold, Color color)
    {
        if (string.IsNullOrWhiteSpace(text)) return this;
        _lines.Add((text, new LabelStyle
        {
            FontName = ReportStyle.FontName,
            FontSize = fontSize,
            Bold = bold,
            // Setting Bold alone leaves the typeface resolved for FontName in place (ScottPlot 5.1), so set it outright.
            Font = Fonts.GetTypeface(ReportStyle.FontName, bold, italic: false),
            ForeColor = color,
            Alignment = Alignment.UpperLeft,
        }));
        _wrapped = null;
        return this;
    }

    public override float Measure(Paint paint) =>
        _lines.Count == 0 ? 0 : Wrap(paint).Sum(l => l.Height) + 2 * (Margin / 2);

    public override void Render(RenderPack rp, float size, float offset)
    {
        if (_lines.Count == 0) return;
        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        var y = rect.Top + Margin / 2;
        foreach (var (text, style, height) in Wrap(rp.Paint))
        {
            style.Render(rp.Canvas, new Pixel(rp.FigureRect.Left + Margin, y), rp.Paint, text);
            y += height;
        }
    }

    /// <summary>Greedy word wrap; a single word longer than the width is left to overflow rather than split.</summary>
    private List<(string Text, LabelStyle Style, float Height)> Wrap(Paint paint)
    {
        if (_wrapped is not null) return _wrapped;
        var result = new List<(string, LabelStyle, float)>();
        foreach (var (text, style) in _lines)
        {
            var lineHeight = style.Measure("Ag", paint).Height * 1.15f;
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && style.Measure(candidate, paint).Width > _wrapWidth)
                {
                    result.Add((current, style, lineHeight));
                    current = word;
                }
                else current = candidate;
            }
            result.Add((current, style, lineHeight));
        }
        return _wrapped = result;
    }
}
