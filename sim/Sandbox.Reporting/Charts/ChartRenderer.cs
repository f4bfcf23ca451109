using Sandbox.Sim.Files;
using ScottPlot;

namespace Sandbox.Reporting;

/// <summary>
/// Turns a <see cref="ChartSpec"/> into PNG or SVG. A fresh ScottPlot <see cref="Plot"/> is built per call, so the
/// dashboard can render charts for several requests at once without sharing state.
/// </summary>
public static class ChartRenderer
{
    public static readonly IReadOnlyList<string> Extensions = [".png", ".svg"];

    public static byte[] RenderPng(ChartSpec spec)
    {
        using var plot = Build(spec);
        return plot.GetImageBytes(spec.Width, spec.Height, ImageFormat.Png);
    }

    public static string RenderSvg(ChartSpec spec)
    {
        using var plot = Build(spec);
        return plot.GetSvgXml(spec.Width, spec.Height);
    }

    /// <summary>Writes PNG or SVG by the path's extension; anything else is rejected before rendering.</summary>
    public static void Save(ChartSpec spec, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        byte[] bytes = ext switch
        {
            ".png" => RenderPng(spec),
            ".svg" => System.Text.Encoding.UTF8.GetBytes(RenderSvg(spec)),
            _ => throw new ArgumentException(
                $"Cannot save a chart to '{path}': extension '{ext}' is not supported; use {string.Join(" or ", Extensions)}.", nameof(path)),
        };
        AtomicFile.Write(path, s => s.Write(bytes));
    }

    private static Plot Build(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        var plot = new Plot();
        try
        {
            ReportStyle.Apply(plot, spec);
            spec.Draw(plot);
            ReportStyle.AddLegend(plot, spec);
            return plot;
        }
        catch
        {
            plot.Dispose();
            throw;
        }
    }
}
