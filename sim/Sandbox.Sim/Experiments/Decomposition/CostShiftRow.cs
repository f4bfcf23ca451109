using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>Whether an agency's spending in a category clearly rises, clearly falls, or shows no clear change.</summary>
public enum CostShiftVerdict : byte { NoClearChange = 0, PaysMore = 1, Saves = 2 }

/// <summary>
/// One agency's spending in one cost category over the whole run at both ends, and the paired difference
/// (to − from). <see cref="Category"/> "all" is the agency's total; <see cref="Agency"/> "all" sums the agencies.
/// </summary>
public sealed record CostShiftRow(string Agency, string Category, Summary From, Summary To, Summary Difference, CostShiftVerdict Verdict);
