using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sandbox.Sim.Rules;

/// <summary>
/// Poisson counts by inversion of one uniform, so one key gives one count. The inversion runs for every
/// unemployed client every week; searching along the CDF one term at a time (a chain of dependent multiplies
/// ending in a mispredicted exit) and a table of every rate's CDF (an L2 miss per client) each cost a tenth of
/// the kernel's time. So the rate is rounded to 1/256, e^−rate comes from two small tables (whole and
/// fractional part), the first twelve CDF terms are computed without branches by the textbook recurrence, and
/// the count is the number of terms below the uniform, compared four at a time.
/// </summary>
internal static class PoissonCount
{
    public const int Steps = 256;
    public const int MaxRate = 24;

    private static readonly double[] ExpWhole = Enumerable.Range(0, MaxRate + 1).Select(w => Math.Exp(-(double)w)).ToArray();
    private static readonly double[] ExpFraction = Enumerable.Range(0, Steps).Select(f => Math.Exp(-(double)f / Steps)).ToArray();

    /// <summary>P(N = 0) at rate <paramref name="lambda"/> rounded as <see cref="Of"/> rounds it: <c>Of(lambda, u) == 0</c> exactly when <c>u ≤</c> this.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Zero(double lambda) => lambda <= 0 ? 1 : ExpNegative(Rounded(lambda));

    /// <summary>The rate in 1/256 steps, capped at <see cref="MaxRate"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Rounded(double lambda) => Math.Min(MaxRate * Steps, (int)(lambda * Steps + 0.5));

    /// <summary>e^−rate for a rounded rate: whole part times fractional part, two small tables.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ExpNegative(int q) => ExpWhole[q >> 8] * ExpFraction[q & (Steps - 1)];

    /// <summary>The count whose CDF interval holds <paramref name="u"/> at rate <paramref name="lambda"/> (rounded to 1/256, at most 24).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(double lambda, double u)
    {
        if (lambda <= 0) return 0;
        int q = Rounded(lambda);
        double rate = (double)q / Steps;
        double p = ExpNegative(q);
        double c0 = p; p *= rate * (1.0 / 1); double c1 = c0 + p; p *= rate * (1.0 / 2); double c2 = c1 + p;
        p *= rate * (1.0 / 3); double c3 = c2 + p; p *= rate * (1.0 / 4); double c4 = c3 + p;
        p *= rate * (1.0 / 5); double c5 = c4 + p; p *= rate * (1.0 / 6); double c6 = c5 + p;
        p *= rate * (1.0 / 7); double c7 = c6 + p; p *= rate * (1.0 / 8); double c8 = c7 + p;
        p *= rate * (1.0 / 9); double c9 = c8 + p; p *= rate * (1.0 / 10); double c10 = c9 + p;
        p *= rate * (1.0 / 11); double c11 = c10 + p;
        // Counts stop at twelve: nobody sends more applications in a week.
        var x = Vector256.Create(u);
        uint below = Vector256.GreaterThan(x, Vector256.Create(c0, c1, c2, c3)).ExtractMostSignificantBits()
            | Vector256.GreaterThan(x, Vector256.Create(c4, c5, c6, c7)).ExtractMostSignificantBits() << 4
            | Vector256.GreaterThan(x, Vector256.Create(c8, c9, c10, c11)).ExtractMostSignificantBits() << 8;
        return System.Numerics.BitOperations.PopCount(below);
    }
}
