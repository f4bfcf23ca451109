using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;

namespace Sandbox.Sim.Analysis;

/// <summary>
/// Two-sided Student t critical values. MathNet finds t quantiles by root search on the CDF, which is slow
/// enough to matter when a stopping rule asks after every replication, so each (df, confidence) is computed
/// once; the cache only memoises a pure function and cannot make results depend on call order.
/// </summary>
internal static class StudentQuantile
{
    private static readonly ConcurrentDictionary<(int Df, double Confidence), double> Cache = new();

    /// <summary>The t value with <paramref name="confidence"/> of the mass between −t and +t.</summary>
    public static double TwoSided(int degreesOfFreedom, double confidence) =>
        Cache.GetOrAdd((degreesOfFreedom, confidence),
            key => StudentT.InvCDF(0, 1, key.Df, 1 - (1 - key.Confidence) / 2));

    /// <summary>Rejects confidence levels a CI cannot have, naming the parameter.</summary>
    public static void CheckLevel(double confidence, string paramName = "confidence")
    {
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(paramName, confidence, "A confidence level lies strictly between 0 and 1.");
    }
}
