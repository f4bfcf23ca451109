using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Tests.Analysis;

public class ParameterRangeTests
{
    [Fact]
    public void Linear_range_maps_ends_and_middle()
    {
        var r = new ParameterRange("a", 2, 6);
        Assert.Equal(2, r.FromUnit(0));
        Assert.Equal(4, r.FromUnit(0.5));
        Assert.Equal(6, r.FromUnit(1));
    }

    [Fact]
    public void Log_range_spreads_by_ratio()
    {
        var r = new ParameterRange("rate", 0.01, 1, logScale: true);
        Assert.Equal(0.01, r.FromUnit(0), 12);
        Assert.Equal(0.1, r.FromUnit(0.5), 12);
        Assert.Equal(1, r.FromUnit(1), 12);
    }

    [Fact]
    public void Integer_range_gives_each_value_an_equal_slice_and_reaches_max()
    {
        var r = new ParameterRange("staff", 1, 4, isInteger: true);
        var counts = new int[5];
        for (int i = 0; i < 400; i++) counts[(int)r.FromUnit((i + 0.5) / 400)]++;
        Assert.Equal([0, 100, 100, 100, 100], counts);
        Assert.Equal(4, r.FromUnit(1));
        Assert.Equal(4, r.DistinctValues);
    }

    [Fact]
    public void Integer_log_range_hits_exact_bounds()
    {
        var r = new ParameterRange("n", 3, 300, isInteger: true, logScale: true);
        Assert.Equal(3, r.FromUnit(0));
        Assert.Equal(300, r.FromUnit(1));
    }

    [Fact]
    public void Impossible_ranges_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParameterRange("a", 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParameterRange("a", 0.5, 3, isInteger: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParameterRange("a", 0, 3, logScale: true));
        Assert.Throws<ArgumentException>(() => new ParameterRange(" ", 0, 1));
        Assert.Throws<ArgumentException>(() => Grid.Points([new("a", 0, 1), new("A", 0, 1)], 2));
    }
}
