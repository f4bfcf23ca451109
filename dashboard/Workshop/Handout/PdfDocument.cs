using System.Globalization;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Sandbox.Dashboard.Workshop.Handout;

/// <summary>
/// A minimal PDF writer for the handout: A4 pages of Helvetica text and charts drawn by Sandbox.Reporting. Charts come
/// in as PNG and are stored as lossless Flate images on white, so the handout prints exactly what the charts show.
/// No PDF library is needed for text and pictures, and the output opens in any viewer.
/// </summary>
public sealed class PdfDocument
{
    public const double Width = 595, Height = 842;
    private readonly List<PdfPage> _pages = [];

    public PdfPage AddPage()
    {
        var page = new PdfPage();
        _pages.Add(page);
        return page;
    }

    public int Pages => _pages.Count;

    public byte[] ToBytes()
    {
        var objects = new List<byte[]>();
        int Add(byte[] body) { objects.Add(body); return objects.Count; }
        int catalog = Add([]), pages = Add([]);
        int font = Add(Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
        int bold = Add(Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"));
        var kids = new List<int>();
        foreach (var page in _pages)
        {
            var images = page.Images.Select(img => Add(Stream(
                $"/Type /XObject /Subtype /Image /Width {img.Width} /Height {img.Height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode",
                img.Rgb))).ToArray();
            int content = Add(Stream("", Deflate(page.Content.ToArray()), deflated: true));
            string xobjects = string.Concat(images.Select((id, i) => $"/Im{i} {id} 0 R "));
            kids.Add(Add(Ascii($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {Width} {Height}] /Contents {content} 0 R " +
                               $"/Resources << /Font << /F1 {font} 0 R /F2 {bold} 0 R >> /XObject << {xobjects}>> >> >>")));
        }
        objects[catalog - 1] = Ascii($"<< /Type /Catalog /Pages {pages} 0 R >>");
        objects[pages - 1] = Ascii($"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => k + " 0 R"))}] /Count {kids.Count} >>");

        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
        var offsets = new long[objects.Count];
        for (int i = 0; i < objects.Count; i++)
        {
            offsets[i] = pdf.Position;
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        long xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) table.Append(o.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Stream(string dictionary, byte[] data, bool deflated = false)
    {
        using var s = new MemoryStream();
        s.Write(Ascii($"<< {dictionary}{(deflated ? " /Filter /FlateDecode" : "")} /Length {data.Length} >>\nstream\n"));
        s.Write(data);
        s.Write(Ascii("\nendstream"));
        return s.ToArray();
    }

    internal static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) z.Write(data);
        return output.ToArray();
    }

    /// <summary>Latin-1 bytes (PDF syntax is ASCII; the header's binary comment marks the file as binary for transfer tools).</summary>
    private static byte[] Ascii(string s) => Encoding.Latin1.GetBytes(s);
}

/// <summary>One A4 page: text lines and images placed in points from the top-left corner.</summary>
public sealed class PdfPage
{
    internal MemoryStream Content { get; } = new();
    internal List<(int Width, int Height, byte[] Rgb)> Images { get; } = [];

    /// <summary>Writes wrapped text from (<paramref name="x"/>, <paramref name="top"/>); returns the y below the last line.</summary>
    public double Text(double x, double top, string text, double size, bool bold = false, double width = PdfDocument.Width - 100)
    {
        int perLine = Math.Max(10, (int)(width / (size * 0.5)));
        double y = top;
        foreach (var line in Wrap(text, perLine))
        {
            y += size * 1.25;
            Write($"BT /{(bold ? "F2" : "F1")} {N(size)} Tf {N(x)} {N(PdfDocument.Height - y)} Td (");
            Content.Write(WinAnsi(line));
            Write(") Tj ET\n");
        }
        return y + size * 0.4;
    }

    /// <summary>Places a PNG (e.g. a ScottPlot chart) scaled to <paramref name="width"/>; returns the y below it.</summary>
    public double Image(byte[] png, double x, double top, double width)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new ArgumentException("not a PNG image", nameof(png));
        var rgb = new byte[bitmap.Width * bitmap.Height * 3];
        int k = 0;
        for (int row = 0; row < bitmap.Height; row++)
        for (int col = 0; col < bitmap.Width; col++)
        {
            var c = bitmap.GetPixel(col, row);
            // Transparent areas print as paper white.
            rgb[k++] = (byte)((c.Red * c.Alpha + 255 * (255 - c.Alpha)) / 255);
            rgb[k++] = (byte)((c.Green * c.Alpha + 255 * (255 - c.Alpha)) / 255);
            rgb[k++] = (byte)((c.Blue * c.Alpha + 255 * (255 - c.Alpha)) / 255);
        }
        Images.Add((bitmap.Width, bitmap.Height, PdfDocument.Deflate(rgb)));
        double height = width * bitmap.Height / bitmap.Width;
        Write($"q {N(width)} 0 0 {N(height)} {N(x)} {N(PdfDocument.Height - top - height)} cm /Im{Images.Count - 1} Do Q\n");
        return top + height + 8;
    }

    private void Write(string s) => Content.Write(Encoding.ASCII.GetBytes(s));

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Wrap(string text, int perLine)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > perLine)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    /// <summary>The standard fonts' WinAnsi encoding: Latin-1 plus typographic dashes, quotes and the euro sign; anything else prints as '?'.</summary>
    private static byte[] WinAnsi(string s)
    {
        var bytes = new List<byte>(s.Length);
        foreach (char c in s)
        {
            byte b = c switch
            {
                '€' => 0x80, '…' => 0x85, '•' => 0x95, '–' => 0x96, '—' => 0x97, '‘' => 0x91, '’' => 0x92, '“' => 0x93, '”' => 0x94,
                '→' => (byte)'>',
                _ when c is >= ' ' and <= '~' || c is >= '\u00a0' and <= '\u00ff' => (byte)c,
                _ => (byte)'?',
            };
            if (b is (byte)'(' or (byte)')' or (byte)'\\') bytes.Add((byte)'\\');
            bytes.Add(b);
        }
        return bytes.ToArray();
    }
}
