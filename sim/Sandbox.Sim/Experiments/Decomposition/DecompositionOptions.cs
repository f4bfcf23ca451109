namespace Sandbox.Sim.Experiments;

/// <summary>How a decomposition groups the mechanism settings into Shapley players and how it averages over orders.</summary>
public sealed record DecompositionOptions
{
    /// <summary>Above this many components the exact value needs more than 4,096 coalitions per replication; sample orders instead.</summary>
    public const int MaxExactComponents = 12;

    public IReadOnlyList<MechanismComponent> Grouping { get; init; } = MechanismComponents.Grouped;

    public ShapleyMethod Method { get; init; } = ShapleyMethod.Exact;

    /// <summary>Orders to average over with <see cref="ShapleyMethod.SampledOrders"/> (an even number: each drawn order and its reverse).</summary>
    public int Orders { get; init; } = 32;

    /// <summary>Seed of the sampled orders.</summary>
    public ulong OrderSeed { get; init; } = 1;
}
