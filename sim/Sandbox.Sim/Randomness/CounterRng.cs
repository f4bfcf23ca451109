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

    /// <summary>The stream key of a seed; hoisted out of loops by callers that draw a lot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SeedKey(ulong seed) => Mix(seed + Golden);

    /// <summary>The key of one agent's week: every draw of that agent in that week derives from it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong AgentWeekKey(ulong seedKey, int agent, int week) =>
        Mix(seedKey ^ ((ulong)(uint)agent * Golden + (ulong)(uint)week));

    /// <summary>The 64 random bits for one (purpose, index) draw under an agent-week key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bits(ulong agentWeekKey, Purpose purpose, int index) =>
        Mix(agentWeekKey ^ (((ulong)(ushort)purpose << 32 | (uint)index) * 0xD1B54A32D192ED03UL));

    /// <summary>The 64 random bits for one (seed, agent, week, purpose, index) key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bits(ulong seed, int agent, int week, Purpose purpose, int index = 0) =>
        Bits(AgentWeekKey(SeedKey(seed), agent, week), purpose, index);

    /// <summary>Uniform double in [0, 1) from 64 random bits (53 of them used).</summary>
    /// <remarks>Converted as a signed integer (exact below 2^53, as the unsigned one): x64 has no unsigned
    /// conversion, so an unsigned one costs a sign test and a fix-up on every draw.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToUniform(ulong bits) => (long)(bits >> 11) * (1.0 / (1L << 53));

    /// <summary>Uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Uniform(ulong seed, int agent, int week, Purpose purpose, int index = 0)
        => ToUniform(Bits(seed, agent, week, purpose, index));

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
        => ToNormal(Uniform(seed, agent, week, purpose, index));

    /// <summary>Standard normal from a uniform, kept off the infinite tails.</summary>
    public static double ToNormal(double u) => InverseNormal.Of(Math.Clamp(u, 1e-12, 1 - 1e-12));
}
