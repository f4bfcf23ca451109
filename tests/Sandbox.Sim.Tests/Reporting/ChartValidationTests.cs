using Sandbox.Reporting;

namespace Sandbox.Sim.Tests.Reporting;

public class ChartValidationTests
{
    private static readonly double[] X = [0, 1, 2, 3];

    [Fact]
    public void Band_shorter_than_X_names_the_series_and_the_array()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new ChartSeries("Level 2: co-location", X, [1, 2, 3, 4], low: [0, 1, 2], high: [2, 3, 4, 5]));
        Assert.Contains("'Level 2: co-location'", ex.Message);
        Assert.Contains("Low has 3 values but X has 4", ex.Message);
    }

    [Fact]
    public void Mean_line_of_the_wrong_length_or_a_one_sided_band_is_rejected()
    {
        Assert.Contains("'A'", Assert.Throws<ArgumentException>(() => new ChartSeries("A", X, [1, 2])).Message);
        Assert.Contains("High", Assert.Throws<ArgumentException>(() => new ChartSeries("B", X, [1, 2, 3, 4], high: [1, 2, 3, 4, 5])).Message);
        Assert.Contains("both", Assert.Throws<ArgumentException>(() => new ChartSeries("C", X, [1, 2, 3, 4], low: [0, 1, 2, 3])).Message);
    }

    [Fact]
    public void Bar_values_must_match_the_categories()
    {
        var spec = ChartSamples.Bars() with { Series = [new BarSeries("Outcome", [1, 2])] };
        var ex = Assert.Throws<ArgumentException>(() => ChartRenderer.RenderPng(spec));
        Assert.Contains("'Outcome'", ex.Message);
        Assert.Contains("Categories has 3", ex.Message);
    }

    [Fact]
    public void Stacked_layers_must_be_non_negative()
    {
        var spec = ChartSamples.Stacked() with { Series = [new BarSeries("Staff", [3, -2])] };
        var ex = Assert.Throws<ArgumentException>(() => ChartRenderer.RenderSvg(spec));
        Assert.Contains("'Staff'", ex.Message);
        Assert.Contains("Municipality", ex.Message);
    }

    [Fact]
    public void Duplicate_series_labels_are_rejected()
    {
        var s = new ChartSeries("Same", X, [1, 2, 3, 4]);
        var ex = Assert.Throws<ArgumentException>(() => ChartRenderer.RenderSvg(ChartSamples.Line() with { Series = [s, s] }));
        Assert.Contains("'Same'", ex.Message);
    }
}
