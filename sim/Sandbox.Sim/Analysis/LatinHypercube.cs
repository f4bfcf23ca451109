using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Analysis;

/// <summary>
/// Latin hypercube sample: each parameter's range is cut into n equal-probability strata and every stratum
/// is used exactly once, so even a small design sees the whole span of every parameter. Strata are paired
/// across parameters by seeded permutations and each point is jittered uniformly inside its cell.
/// </summary>
public static class LatinHypercube
{
    public static double[][] Points(IReadOnlyList<ParameterRange> ranges, int n, ulong seed)
    {
        ranges = ParameterSpace.Checked(ranges);
        return Unit(n, ranges.Count, seed).Select(u => ParameterSpace.ToValues(ranges, u)).ToArray();
    }

    /// <summary>
    /// The sample in the unit cube, point-major. Permutation draws use <see cref="Purpose.Stratum"/> and
    /// jitter uses <see cref="Purpose.Sampling"/> keyed by (point, dimension), so adding dimensions leaves the
    /// earlier columns unchanged.
    /// </summary>
    internal static double[][] Unit(int n, int dimensions, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        var points = new double[n][];
        for (int i = 0; i < n; i++) points[i] = new double[dimensions];
        var stratum = new int[n];
        for (int d = 0; d < dimensions; d++)
        {
            for (int i = 0; i < n; i++) stratum[i] = i;
            for (int i = n - 1; i > 0; i--)
            {
                int j = CounterRng.Below(i + 1, seed, i, 0, Purpose.Stratum, d);
                (stratum[i], stratum[j]) = (stratum[j], stratum[i]);
            }
            for (int i = 0; i < n; i++)
                points[i][d] = (stratum[i] + CounterRng.Uniform(seed, i, 0, Purpose.Sampling, d)) / n;
        }
        return points;
    }
}
