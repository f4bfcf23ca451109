namespace Sandbox.Sim.Experiments;

/// <summary>Quantile bands over replications, week by week, for fan charts.</summary>
public static class FanBands
{
    /// <summary>The quantile levels, symmetric around the median so bands nest: 90% of runs, 50% of runs, median.</summary>
    public static readonly IReadOnlyList<double> Levels = [0.05, 0.25, 0.5, 0.75, 0.95];

    /// <summary>One band per week (1-based) of one variant's metric; weeks where any run is undefined (NaN) are left out.</summary>
    public static IReadOnlyList<FanBand> For(CompareResult result, int variant, string metric, string group = "all", string agency = "")
    {
        ArgumentNullException.ThrowIfNull(result);
        int column = result.LayoutOf(variant).IndexOf(metric, group, agency);
        var bands = new List<FanBand>(result.Weeks);
        var sample = new double[result.ReplicationCount];
        for (int w = 0; w < result.Weeks; w++)
        {
            result.Sample(variant, column, w, sample);
            if (sample.Any(double.IsNaN)) continue;
            Array.Sort(sample);
            bands.Add(new FanBand(w + 1, Levels.Select(q => Quantile(sample, q)).ToArray()));
        }
        return bands;
    }

    /// <summary>Linear interpolation between order statistics (type 7, the R and NumPy default).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0) return double.NaN;
        double h = (sorted.Count - 1) * q;
        int lo = (int)Math.Floor(h), hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
