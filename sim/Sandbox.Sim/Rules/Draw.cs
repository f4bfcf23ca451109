using System.Runtime.CompilerServices;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Rules;

/// <summary>Shorthand for the counter-based draws of one agent in one week.</summary>
internal readonly ref struct Draw(ulong seed, int agent, int week)
{
    private readonly ulong _seed = seed;
    private readonly int _agent = agent;
    private readonly int _week = week;

    public Draw(WeekContext ctx, int agent) : this(ctx.P.Seed, agent, ctx.Week) { }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double U(Purpose purpose, int index = 0) => CounterRng.Uniform(_seed, _agent, _week, purpose, index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(double p, Purpose purpose, int index = 0) => p > 0 && (p >= 1 || U(purpose, index) < p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Below(int n, Purpose purpose, int index = 0) => CounterRng.Below(n, _seed, _agent, _week, purpose, index);
}
