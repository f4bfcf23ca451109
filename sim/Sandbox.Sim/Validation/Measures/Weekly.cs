using Sandbox.Sim.Metrics;

namespace Sandbox.Sim.Validation.Measures;

/// <summary>Sums of weekly metric series from a given week on (after a burn-in).</summary>
public static class Weekly
{
    public static double Sum(RunResult result, string metric, int from, string agency = "")
    {
        double sum = 0;
        var series = result.Series(metric, "all", agency);
        for (int w = Math.Max(0, from); w < series.Length; w++) sum += series[w];
        return sum;
    }

    /// <summary>Default burn-in: half a year, by which the registered stock has been assessed and referred.</summary>
    public const int DefaultBurnIn = 26;
}
