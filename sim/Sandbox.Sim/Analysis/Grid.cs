namespace Sandbox.Sim.Analysis;

/// <summary>
/// Full factorial design: every combination of evenly spaced levels, endpoints included, so sweeps show the
/// edges of the space. Order is row-major (the first parameter changes slowest, the last fastest), as nested
/// loops over the ranges would visit them; <see cref="RunOrder.CoarseToFine"/> reorders it for scheduling.
/// </summary>
public static class Grid
{
    /// <summary>Above this the design is a mistake for an agent-based model; use a Latin hypercube.</summary>
    public const int MaxPoints = 1 << 24;

    /// <summary>
    /// Levels per parameter: <paramref name="levels"/>, except that an integer range with fewer distinct
    /// values gets exactly those values instead of duplicate points.
    /// </summary>
    public static int[] Shape(IReadOnlyList<ParameterRange> ranges, int levels)
    {
        ranges = ParameterSpace.Checked(ranges);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 1);
        var shape = ranges.Select(r => Math.Min(levels, r.DistinctValues)).ToArray();
        long count = shape.Aggregate(1L, (product, k) => Math.Min(product * k, (long)MaxPoints + 1));
        if (count > MaxPoints)
            throw new ArgumentOutOfRangeException(nameof(levels), $"A {levels}-level grid over {ranges.Count} parameters exceeds {MaxPoints} points.");
        return shape;
    }

    /// <summary>All grid points in row-major order; one level means the midpoint.</summary>
    public static double[][] Points(IReadOnlyList<ParameterRange> ranges, int levels)
    {
        ranges = ParameterSpace.Checked(ranges);
        var shape = Shape(ranges, levels);
        int count = shape.Aggregate(1, (product, k) => product * k);
        var points = new double[count][];
        var digits = new int[shape.Length];
        var unit = new double[shape.Length];
        for (int p = 0; p < count; p++)
        {
            for (int d = 0; d < shape.Length; d++)
                unit[d] = shape[d] == 1 ? 0.5 : digits[d] / (double)(shape[d] - 1);
            points[p] = ParameterSpace.ToValues(ranges, unit);
            for (int d = shape.Length - 1; d >= 0 && ++digits[d] == shape[d]; d--) digits[d] = 0;
        }
        return points;
    }
}
