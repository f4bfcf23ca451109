using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Sandbox.Sim.Rules;

/// <summary>
/// Poisson counts by inversion of one uniform, so one key gives one count. The rate is rounded to 1/256 and
/// each rounded rate's cumulative probabilities are tabulated once: the inversion runs for every unemployed
/// client every week, and a search along the CDF (a dependent chain of multiplies and a mispredicted exit)
/// was a tenth of the kernel's time. The count is then the number of tabulated CDF values below the
/// uniform, compared four at a time. The table holds exactly the values the sequential recurrence gives, so
/// the counts are those of the textbook inversion on the rounded rate.
/// </summary>
internal static class PoissonTable
{
    /// <summary>The largest count returned: nobody sends more applications in a week.</summary>
    public const int MaxCount = 12;
    public const int Steps = 256;
    public const int MaxRate = 24;
    private const int Rows = MaxRate * Steps + 1;

    // Row q holds P(N ≤ k) for k = 0 .. MaxCount−1 at rate q / Steps: 96 bytes, three 256-bit vectors.
    private static readonly double[] Cdf = Build();

    private static double[] Build()
    {
        var table = new double[Rows * MaxCount];
        for (int q = 0; q < Rows; q++)
        {
            double rate = (double)q / Steps;
            double p = Math.Exp(-(double)(q / Steps)) * Math.Exp(-(double)(q % Steps) / Steps), cdf = p;
            for (int k = 0; k < MaxCount; k++)
            {
                table[q * MaxCount + k] = cdf;
                p *= rate * (1.0 / (k + 1));
                cdf += p;
            }
        }
        return table;
    }

    /// <summary>The count whose CDF interval holds <paramref name="u"/> at rate <paramref name="lambda"/> (rounded to 1/256, at most 24).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Count(double lambda, double u)
    {
        if (lambda <= 0) return 0;
        int q = Math.Min(MaxRate * Steps, (int)(lambda * Steps + 0.5));
        ref double row = ref Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(Cdf), q * MaxCount);
        if (Vector256.IsHardwareAccelerated)
        {
            var x = Vector256.Create(u);
            uint below = Vector256.GreaterThan(x, Vector256.LoadUnsafe(ref row)).ExtractMostSignificantBits()
                | Vector256.GreaterThan(x, Vector256.LoadUnsafe(ref row, 4)).ExtractMostSignificantBits() << 4
                | Vector256.GreaterThan(x, Vector256.LoadUnsafe(ref row, 8)).ExtractMostSignificantBits() << 8;
            return System.Numerics.BitOperations.PopCount(below);
        }
        int n = 0;
        for (int k = 0; k < MaxCount; k++) n += u > Unsafe.Add(ref row, k) ? 1 : 0;
        return n;
    }
}
