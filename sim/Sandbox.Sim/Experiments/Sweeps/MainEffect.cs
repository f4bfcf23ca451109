using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// One parameter's main effect on one output at one value: the mean of the point means that share this value
/// (a grid level, or a slice of a hypercube), averaging over the other parameters. The interval is over those
/// points, so it mixes the other parameters' spread with replication noise: wide bands mean "depends on the rest".
/// </summary>
public sealed record MainEffect(string Path, string Output, double Value, Summary Summary);
