using Sandbox.Sim.Analysis;
using Sandbox.Sim.Metrics;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// One variant's metric at one week across replications. <see cref="Week"/> counts weeks run (1 = the end of the
/// first simulated week, <c>Weeks</c> = the final week), the way readers of a table or chart count them.
/// </summary>
public readonly record struct MetricSummary(string Variant, MetricColumn Column, int Week, Summary Summary);
