using Sandbox.Sim.Model;

namespace Sandbox.Sim.Engine;

/// <summary>Options of the in-process kernel.</summary>
public sealed record KernelOptions
{
    /// <summary>Receives every client's journey events; null (the default) records none, for speed.</summary>
    public IJourneySink? Journey { get; init; }

    /// <summary>
    /// When set, jobseekers are processed in a pseudo-random order drawn from this value instead of by id.
    /// Results must not change: tests use it to prove the phases are order-independent.
    /// </summary>
    public ulong? ShuffleOrder { get; init; }

    /// <summary>
    /// People already drawn by <see cref="Rules.PopulationRules.CreateAll"/> for a scenario with the same
    /// <see cref="Rules.PopulationRules.InputsKey"/>; copied, never changed. Null draws them afresh.
    /// </summary>
    internal Jobseeker[]? Population { get; init; }
}
