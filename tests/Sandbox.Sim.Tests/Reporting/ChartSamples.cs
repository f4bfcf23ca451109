using Sandbox.Reporting;

namespace Sandbox.Sim.Tests.Reporting;

/// <summary>Small charts of every kind, for tests that must hold for all of them.</summary>
internal static class ChartSamples
{
    public static readonly double[] Weeks = [0, 1, 2, 3, 4, 5];

    public static LineBandChart Line(int width = 640, int height = 360) => new()
    {
        Title = "Share in work by level",
        Subtitle = "Mean of 20 runs; band: 95% CI",
        Caption = "Source: test fixture",
        XLabel = "Week",
        YLabel = "Share (%)",
        Width = width,
        Height = height,
        Series =
        [
            new ChartSeries("Level 0", Weeks, [0, 1, 2, 3, 4, 5], [0, 0.5, 1.5, 2.5, 3.5, 4.5], [0, 1.5, 2.5, 3.5, 4.5, 5.5]),
            new ChartSeries("Level 1", Weeks, [0, 2, 3, 4, 5, 6], [0, 1.5, 2.5, 3.5, 4.5, 5.5], [0, 2.5, 3.5, 4.5, 5.5, 6.5]),
            new ChartSeries("Level 2", Weeks, [0, 3, 4, 5, 6, 7]), // no band
        ],
    };

    public static BarChart Bars() => new()
    {
        Title = "Outcome by level",
        Categories = ["L0", "L1", "L2"],
        Series = [new BarSeries("Outcome", [1, 2, 3], [0.5, 1.5, 2.5], [1.5, 2.5, 3.5]), new BarSeries("Other", [2, 1, -1])],
    };

    public static TornadoChart Tornado() => new()
    {
        Title = "Sensitivity",
        Baseline = 10,
        Bars = [new TornadoBar("narrow", 9.5, 10.5), new TornadoBar("widest", 4, 16), new TornadoBar("middle", 12, 7)],
    };

    public static StackedBarChart Stacked() => new()
    {
        Title = "Cost by agency",
        Categories = ["NAV", "Municipality"],
        Series = [new BarSeries("Staff", [3, 2]), new BarSeries("Benefits", [5, 0])],
    };

    public static TheoryData<string> Kinds => ["line", "bars", "tornado", "stacked"];

    public static ChartSpec Of(string kind) => kind switch
    {
        "line" => Line(),
        "bars" => Bars(),
        "tornado" => Tornado(),
        "stacked" => Stacked(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
