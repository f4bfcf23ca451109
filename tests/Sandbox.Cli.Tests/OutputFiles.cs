using System.Xml.Linq;

namespace Sandbox.Cli.Tests;

/// <summary>Checks that written charts are real images, not just files with the right name.</summary>
internal static class OutputFiles
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static void AssertChart(string directory, string name)
    {
        var png = File.ReadAllBytes(Path.Combine(directory, name + ".png"));
        Assert.True(png.Length > 1000, $"{name}.png is only {png.Length} bytes");
        Assert.Equal(PngSignature, png[..8]);
        var svg = XDocument.Load(Path.Combine(directory, name + ".svg"));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
    }

    public static void AssertNoStaging(string directory) =>
        Assert.Empty(Directory.GetDirectories(directory, ".staging-*"));
}
