using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Tests.Analysis;

public class SamplerTests
{
    [Fact]
    public void Grid_is_the_row_major_cartesian_product()
    {
        ParameterRange[] ranges = [new("a", 0, 1), new("b", 10, 20), new("c", -1, 1)];
        var points = Grid.Points(ranges, 3);
        Assert.Equal(27, points.Length);
        Assert.Equal([0, 10, -1], points[0]);
        Assert.Equal([0, 10, 0], points[1]);
        Assert.Equal([0, 15, -1], points[3]);
        Assert.Equal([0.5, 10, -1], points[9]);
        Assert.Equal([1, 20, 1], points[26]);
        Assert.Equal(27, points.Select(p => string.Join(",", p)).Distinct().Count());
    }

    [Fact]
    public void Grid_caps_integer_levels_and_uses_the_midpoint_for_one_level()
    {
        ParameterRange[] ranges = [new("flag", 0, 1, isInteger: true), new("x", 0, 8)];
        Assert.Equal([2, 5], Grid.Shape(ranges, 5));
        var points = Grid.Points(ranges, 5);
        Assert.Equal(10, points.Length);
        Assert.Equal([0, 1], points.Select(p => p[0]).Distinct().Order());
        Assert.Equal([0, 2, 4, 6, 8], points.Take(5).Select(p => p[1]));
        Assert.Equal([0.5, 4], Grid.Points([new("h", 0, 1), new("x", 0, 8)], 1).Single());
    }

    [Fact]
    public void Latin_hypercube_uses_every_stratum_of_every_parameter_once()
    {
        const int n = 50;
        ParameterRange[] ranges = [new("a", 0, n), new("b", 0, n), new("c", 0, n), new("d", 0, n)];
        var points = LatinHypercube.Points(ranges, n, seed: 7);
        Assert.Equal(n, points.Length);
        for (int d = 0; d < ranges.Length; d++)
            Assert.Equal(Enumerable.Range(0, n), points.Select(p => (int)Math.Floor(p[d])).Order());
        // The strata are paired differently in each dimension, not along the diagonal.
        Assert.NotEqual(points.Select(p => (int)p[0]), points.Select(p => (int)p[1]));
    }

    [Fact]
    public void Latin_hypercube_is_a_function_of_its_seed()
    {
        ParameterRange[] ranges = [new("a", 0, 1), new("b", 0, 1)];
        var first = LatinHypercube.Points(ranges, 20, 11);
        var again = LatinHypercube.Points(ranges, 20, 11);
        var other = LatinHypercube.Points(ranges, 20, 12);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        // Adding a parameter keeps the columns already there.
        var wider = LatinHypercube.Points([.. ranges, new("c", 0, 1)], 20, 11);
        Assert.Equal(first.Select(p => p[1]), wider.Select(p => p[1]));
    }

    [Fact]
    public void Interleaved_order_is_a_permutation_whose_prefixes_spread_out()
    {
        Assert.Equal([0, 4, 2, 6, 1, 5, 3, 7], RunOrder.Interleaved(8));
        var order = RunOrder.Interleaved(100);
        Assert.Equal(Enumerable.Range(0, 100), order.Order());
        // Any power-of-two prefix leaves no gap wider than about twice the even spacing.
        for (int prefix = 2; prefix <= 64; prefix *= 2)
        {
            var taken = order.Take(prefix).Order().Append(100).ToArray();
            int widest = taken.Zip(taken.Skip(1), (a, b) => b - a).Max();
            Assert.True(widest <= 2 * 100 / prefix + 1, $"prefix {prefix}: gap {widest}");
        }
        Assert.Equal(["c", "a", "b"], RunOrder.Interleave(["c", "b", "a"]));
        Assert.Empty(RunOrder.Interleaved(0));
    }

    [Fact]
    public void Coarse_to_fine_grid_order_completes_coarse_grids_first()
    {
        int[] shape = [5, 5];
        var order = RunOrder.CoarseToFine(shape);
        Assert.Equal(Enumerable.Range(0, 25), order.Order());
        (int, int) Levels(int index) => (index / 5, index % 5);
        Assert.Equal([(0, 0), (0, 4), (4, 0), (4, 4)], order.Take(4).Select(Levels).Order());
        var nine = order.Take(9).Select(Levels).ToArray();
        Assert.All(nine, l => Assert.True(l.Item1 % 2 == 0 && l.Item2 % 2 == 0));
        Assert.Equal(9, nine.Distinct().Count());

        // Uneven axes: the third level of a 6-level axis is an interior one, not a neighbour of an end.
        var six = RunOrder.CoarseToFine([6]);
        Assert.Equal([0, 5, 2], six.Take(3));
        Assert.Equal([0], RunOrder.CoarseToFine([1]));
    }
}
