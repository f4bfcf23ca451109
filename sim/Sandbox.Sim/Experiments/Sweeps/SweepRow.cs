using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>One output at one sweep point: the point's parameter values and the summary over its replications.</summary>
public sealed record SweepRow(int Point, IReadOnlyList<double> Values, string Output, Summary Summary);
