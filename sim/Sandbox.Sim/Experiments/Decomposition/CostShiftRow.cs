using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// One agency's spending in one cost category over the whole run at both ends, and the paired difference
/// (to − from). <see cref="Category"/> "all" is the agency's total; <see cref="Agency"/> "all" sums the agencies.
/// </summary>
public sealed record CostShiftRow(string Agency, string Category, Summary From, Summary To, Summary Difference, CostShiftVerdict Verdict);
