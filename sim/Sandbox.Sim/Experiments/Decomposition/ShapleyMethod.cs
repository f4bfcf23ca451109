namespace Sandbox.Sim.Experiments;

/// <summary>How Shapley values are computed: over every coalition, or averaged over sampled orders of the components.</summary>
public enum ShapleyMethod : byte
{
    /// <summary>All 2ᵏ coalitions of k components: exact, and affordable for the default six (64 coalitions).</summary>
    Exact = 0,
    /// <summary>Random orders of the components with their reverses (antithetic pairs, Castro et al. 2009), sharing coalitions between orders.</summary>
    SampledOrders = 1,
}
