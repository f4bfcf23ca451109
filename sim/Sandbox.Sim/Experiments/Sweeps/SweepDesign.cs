namespace Sandbox.Sim.Experiments;

/// <summary>How a sweep spreads its points: every combination of evenly spaced levels, or a Latin hypercube.</summary>
public enum SweepDesign : byte
{
    /// <summary>Full factorial grid; edges included. Size = levels per parameter.</summary>
    Grid = 0,
    /// <summary>Latin hypercube: every parameter's range stratified into Size slices, each used once. Size = points.</summary>
    LatinHypercube = 1,
}
