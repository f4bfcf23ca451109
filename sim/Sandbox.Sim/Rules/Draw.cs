using System.Runtime.CompilerServices;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Rules;

/// <summary>
/// The counter-based draws of one agent in one week. The agent-week key is mixed once, so each further
/// draw costs a single mix; the numbers are exactly those of <see cref="CounterRng.Uniform"/>. Each draw is
/// counted (one increment) so benchmarks can hold the model against a floor that only draws as many numbers.
/// </summary>
public readonly ref struct Draw
{
    [ThreadStatic] private static long _uncounted;

    private readonly ulong _key;
    private readonly ref long _count;

    public Draw(ulong seed, int agent, int week)
    {
        _key = CounterRng.AgentWeekKey(CounterRng.SeedKey(seed), agent, week);
        _count = ref _uncounted;
    }

    /// <summary>Draws of one agent's week under the run's seed, counting into <paramref name="count"/>.</summary>
    public Draw(ModelParameters p, int agent, int week, ref long count)
        : this(CounterRng.AgentWeekKey(p.SeedKey, agent, week), ref count) { }

    /// <summary>Draws under an agent-week key computed earlier, counting into <paramref name="count"/>.</summary>
    public Draw(ulong agentWeekKey, ref long count)
    {
        _key = agentWeekKey;
        _count = ref count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double U(Purpose purpose, int index = 0)
    {
        _count++;
        return Ahead(purpose, index);
    }

    /// <summary>
    /// The number <see cref="U"/> would give, drawn before it is known whether the rule will use it, and so not
    /// counted: the rule counts the ones it used with <see cref="Used"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Ahead(Purpose purpose, int index) => CounterRng.ToUniform(CounterRng.Bits(_key, purpose, index));

    /// <summary>Counts <paramref name="n"/> numbers drawn with <see cref="Ahead"/> that the rule used.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Used(int n) => _count += n;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(double p, Purpose purpose, int index = 0) => p > 0 && (p >= 1 || U(purpose, index) < p);

    /// <summary>Standard normal by inverse CDF of one draw: the number <see cref="CounterRng.Normal"/> gives for the same key.</summary>
    public double Normal(Purpose purpose, int index = 0) => CounterRng.ToNormal(U(purpose, index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Below(int n, Purpose purpose, int index = 0)
    {
        _count++;
        return (int)(((CounterRng.Bits(_key, purpose, index) >> 32) * (ulong)n) >> 32);
    }
}
