using System.Runtime.CompilerServices;

namespace Sandbox.Sim.Randomness;

/// <summary>
/// Counter-based random numbers: every draw is a pure function of (seed, agent, week, purpose, index).
/// Nothing is shared between draws, so results cannot depend on thread count, silo count or the order in
/// which agents are processed, and two integration levels run on the same seed see the same people and the
/// same luck (common random numbers). The mixer is SplitMix64's finaliser applied to a keyed combination,
/// which passes the usual avalanche tests and costs a few nanoseconds.
/// </summary>
public static class CounterRng
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The 64 random bits for one (seed, agent, week, purpose, index) key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bits(ulong seed, int agent, int week, Purpose purpose, int index = 0)
    {
        ulong key = Mix(seed + Golden);
        key = Mix(key ^ ((ulong)(uint)agent * Golden + (ulong)(uint)week));
        return Mix(key ^ (((ulong)(ushort)purpose << 32 | (uint)index) * 0xD1B54A32D192ED03UL));
    }

    /// <summary>Uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Uniform(ulong seed, int agent, int week, Purpose purpose, int index = 0)
        => (Bits(seed, agent, week, purpose, index) >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Chance(double p, ulong seed, int agent, int week, Purpose purpose, int index = 0)
        => p > 0 && Uniform(seed, agent, week, purpose, index) < p;

    /// <summary>Uniform integer in [0, n).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Below(int n, ulong seed, int agent, int week, Purpose purpose, int index = 0)
        => (int)(((Bits(seed, agent, week, purpose, index) >> 32) * (ulong)n) >> 32);

    /// <summary>Standard normal by inverse CDF of one uniform, so one key gives one value.</summary>
    public static double Normal(ulong seed, int agent, int week, Purpose purpose, int index = 0)
    {
        double u = Uniform(seed, agent, week, purpose, index);
        return MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, Math.Clamp(u, 1e-12, 1 - 1e-12));
    }
}
