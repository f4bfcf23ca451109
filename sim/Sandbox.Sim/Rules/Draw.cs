using System.Runtime.CompilerServices;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Rules;

/// <summary>
/// The counter-based draws of one agent in one week. The agent-week key is mixed once, so each further
/// draw costs a single mix; the numbers are exactly those of <see cref="CounterRng.Uniform"/>.
/// </summary>
public readonly ref struct Draw
{
    private readonly ulong _key;

    public Draw(ulong seed, int agent, int week) => _key = CounterRng.AgentWeekKey(CounterRng.SeedKey(seed), agent, week);

    public Draw(WeekContext ctx, int agent) => _key = CounterRng.AgentWeekKey(ctx.P.SeedKey, agent, ctx.Week);

    public Draw(ModelParameters p, int agent, int week) => _key = CounterRng.AgentWeekKey(p.SeedKey, agent, week);

    /// <summary>Draws under an agent-week key computed earlier (see <see cref="AgentOutputs.BeginAgent"/>).</summary>
    public Draw(ulong agentWeekKey) => _key = agentWeekKey;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double U(Purpose purpose, int index = 0) => CounterRng.ToUniform(CounterRng.Bits(_key, purpose, index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(double p, Purpose purpose, int index = 0) => p > 0 && (p >= 1 || U(purpose, index) < p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Below(int n, Purpose purpose, int index = 0) =>
        (int)(((CounterRng.Bits(_key, purpose, index) >> 32) * (ulong)n) >> 32);
}
