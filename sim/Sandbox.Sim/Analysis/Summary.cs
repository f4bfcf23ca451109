namespace Sandbox.Sim.Analysis;

/// <summary>
/// Mean of independent replications with a Student t confidence interval, the form every experiment table
/// reports. With fewer than two values the spread is unknown, so <see cref="StdDev"/> and
/// <see cref="HalfWidth"/> are NaN rather than zero: a zero width would tell a stopping rule that one run is
/// exact. With no values the mean is NaN too.
/// </summary>
public readonly record struct Summary(int N, double Mean, double StdDev, double HalfWidth, double Confidence)
{
    public double StdError => StdDev / Math.Sqrt(N);
    public double Lower => Mean - HalfWidth;
    public double Upper => Mean + HalfWidth;

    /// <summary>Half-width as a share of |mean|; infinite when the mean is zero.</summary>
    public double RelativeHalfWidth => HalfWidth / Math.Abs(Mean);

    /// <summary>Two-pass mean and sample SD (n − 1), so large offsets do not cancel away the variance.</summary>
    public static Summary Summarise(ReadOnlySpan<double> values, double confidence = 0.95)
    {
        StudentQuantile.CheckLevel(confidence);
        int n = values.Length;
        if (n == 0) return FromMoments(0, double.NaN, double.NaN, confidence);
        double sum = 0;
        foreach (double v in values) sum += v;
        double mean = sum / n;
        double squares = 0;
        foreach (double v in values) squares += (v - mean) * (v - mean);
        return FromMoments(n, mean, n > 1 ? squares / (n - 1) : double.NaN, confidence);
    }

    /// <summary>The one place a half-width is computed, shared by batch and streaming callers.</summary>
    internal static Summary FromMoments(int n, double mean, double variance, double confidence)
    {
        if (n < 2) return new Summary(n, mean, double.NaN, double.NaN, confidence);
        double sd = Math.Sqrt(variance);
        return new Summary(n, mean, sd, StudentQuantile.TwoSided(n - 1, confidence) * sd / Math.Sqrt(n), confidence);
    }
}
