using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// What a sweep explores: parameter ranges (catalog paths, including mechanism settings), a design and its
/// size, and the seed that draws a Latin hypercube (a grid needs none).
/// </summary>
public sealed record SweepSpec(IReadOnlyList<ParameterRange> Ranges, SweepDesign Design, int Size, ulong DesignSeed = 1)
{
    public const int MaxPoints = 100_000;
}
