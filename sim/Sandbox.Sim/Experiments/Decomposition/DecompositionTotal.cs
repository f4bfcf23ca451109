using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// One output at both ends of a decomposition and their paired difference, the total that contributions share,
/// with the probability that the <c>to</c> end's mean is the larger (for a confidence note).
/// </summary>
public sealed record DecompositionTotal(string Output, Summary From, Summary To, Summary Difference, double ProbabilityGreater);
