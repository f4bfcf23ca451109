using System.Globalization;
using System.Xml.Linq;
using Sandbox.Reporting;
using SkiaSharp;

namespace Sandbox.Sim.Tests.Reporting;

public sealed class ChartRendererTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly string _dir = Directory.CreateTempSubdirectory("reporting-charts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [MemberData(nameof(ChartSamples.Kinds), MemberType = typeof(ChartSamples))]
    public void Png_has_the_signature_and_the_requested_size(string kind)
    {
        var spec = ChartSamples.Of(kind) with { Width = 640, Height = 360 };

        var png = ChartRenderer.RenderPng(spec);

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((640, 360), (bitmap.Width, bitmap.Height));
        // Sober style: the corner is plain white and the image is not blank (something was drawn).
        Assert.Equal(SKColors.White, bitmap.GetPixel(0, bitmap.Height - 1));
        Assert.Contains(Enumerable.Range(0, bitmap.Width), x => bitmap.GetPixel(x, bitmap.Height / 2) != SKColors.White);
    }

    [Theory]
    [MemberData(nameof(ChartSamples.Kinds), MemberType = typeof(ChartSamples))]
    public void Svg_is_well_formed_and_shows_the_title(string kind)
    {
        var spec = ChartSamples.Of(kind);

        var doc = XDocument.Parse(ChartRenderer.RenderSvg(spec));

        Assert.Equal(Svg + "svg", doc.Root!.Name);
        Assert.Equal(spec.Width.ToString(CultureInfo.InvariantCulture), doc.Root.Attribute("width")?.Value);
        Assert.Contains(Texts(doc), t => t == spec.Title);
    }

    [Fact]
    public void Line_chart_svg_draws_one_line_per_series_and_one_band_per_band()
    {
        var spec = ChartSamples.Line();
        var doc = XDocument.Parse(ChartRenderer.RenderSvg(spec));

        var paths = DataAreaPaths(doc);
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var color = ChartPalette.Of(i);
            Assert.Single(paths, p => Is(p, "stroke", color));
            Assert.Equal(spec.Series[i].HasBand ? 1 : 0, paths.Count(p => Is(p, "fill", color)));
        }
        Assert.Contains(Texts(doc), t => t == "Level 2"); // in the legend
        Assert.Contains(Texts(doc), t => t == "Source: test fixture");
    }

    [Fact]
    public void Tornado_puts_the_widest_parameter_on_top()
    {
        var spec = ChartSamples.Tornado();
        Assert.Equal(["widest", "middle", "narrow"], spec.Sorted().Select(b => b.Parameter));

        var doc = XDocument.Parse(ChartRenderer.RenderSvg(spec));
        var y = spec.Bars.ToDictionary(b => b.Parameter, b => TextY(doc, b.Parameter));
        Assert.True(y["widest"] < y["middle"] && y["middle"] < y["narrow"], $"label y positions: {string.Join(", ", y)}");
    }

    [Fact]
    public void Save_picks_the_format_by_extension_and_rejects_others()
    {
        var png = Path.Combine(_dir, "charts", "line.PNG");
        var svg = Path.Combine(_dir, "charts", "line.svg");
        ChartRenderer.Save(ChartSamples.Line(), png);
        ChartRenderer.Save(ChartSamples.Line(), svg);
        Assert.Equal(0x89, File.ReadAllBytes(png)[0]);
        XDocument.Load(svg);

        var jpg = Path.Combine(_dir, "line.jpg");
        var ex = Assert.Throws<ArgumentException>(() => ChartRenderer.Save(ChartSamples.Line(), jpg));
        Assert.Contains(".png or .svg", ex.Message);
        Assert.False(File.Exists(jpg));
    }

    /// <summary>
    /// Paths drawn clipped to the data area. ScottPlot wraps each plottable in a group clipped to the data rectangle
    /// (the first clip, used for the data background); the legend has its own clip, and axes and grid have none.
    /// </summary>
    private static List<XElement> DataAreaPaths(XDocument doc)
    {
        var clips = doc.Descendants(Svg + "clipPath").ToDictionary(
            c => "url(#" + c.Attribute("id")!.Value + ")",
            c => string.Join(" ", c.Element(Svg + "rect")!.Attributes().Select(a => a.ToString())));
        var dataRect = clips.Values.First();
        return doc.Descendants(Svg + "g")
            .Where(g => g.Attribute("clip-path") is { } clip && clips.GetValueOrDefault(clip.Value) == dataRect)
            .SelectMany(g => g.Descendants(Svg + "path"))
            .ToList();
    }

    private static IEnumerable<string> Texts(XDocument doc) => doc.Descendants(Svg + "text").Select(t => t.Value.Trim());

    private static bool Is(XElement e, string attribute, string color) =>
        string.Equals(e.Attribute(attribute)?.Value, color, StringComparison.OrdinalIgnoreCase);

    /// <summary>The vertical position of a text element, from its transform="translate(x y)".</summary>
    private static double TextY(XDocument doc, string text)
    {
        var element = doc.Descendants(Svg + "text").Single(t => t.Value.Trim() == text);
        var translate = element.Attribute("transform")!.Value;
        var numbers = translate["translate(".Length..^1].Split(' ', ',');
        return double.Parse(numbers[^1], CultureInfo.InvariantCulture);
    }
}
