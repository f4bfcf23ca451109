namespace Sandbox.Sim.Analysis;

/// <summary>
/// Variance-based sensitivity of one parameter. <see cref="First"/> is the share of output variance the
/// parameter explains alone; <see cref="Total"/> adds every interaction it takes part in, so
/// Total − First measures interaction and Total ≈ 0 means the parameter can be fixed anywhere in its range.
/// Bounds are bootstrap percentile intervals over the base rows.
/// </summary>
public readonly record struct SobolIndex(
    string Path,
    double First,
    double FirstLower,
    double FirstUpper,
    double Total,
    double TotalLower,
    double TotalUpper);
