using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Analysis;

/// <summary>
/// Seeded resampling for percentile intervals. Resample b, position k draws its row from
/// (seed, b, k) alone, so the intervals are reproducible and independent of how many resamples run.
/// </summary>
internal static class Bootstrap
{
    public static void Resample(int[] rows, ulong seed, int resample)
    {
        for (int k = 0; k < rows.Length; k++)
            rows[k] = CounterRng.Below(rows.Length, seed, resample, 0, Purpose.Bootstrap, k);
    }

    /// <summary>Percentile interval, interpolating between order statistics; NaN estimates are skipped.</summary>
    public static (double Lower, double Upper) Percentile(IEnumerable<double> estimates, double confidence)
    {
        var sorted = estimates.Where(e => !double.IsNaN(e)).Order().ToArray();
        if (sorted.Length == 0) return (double.NaN, double.NaN);
        double tail = (1 - confidence) / 2;
        return (Quantile(sorted, tail), Quantile(sorted, 1 - tail));
    }

    private static double Quantile(double[] sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
