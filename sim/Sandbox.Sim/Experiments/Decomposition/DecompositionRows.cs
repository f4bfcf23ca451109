using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// One output at both ends of a decomposition and their paired difference, the total that contributions share,
/// with the probability that the <c>to</c> end's mean is the larger (for a confidence note).
/// </summary>
public sealed record DecompositionTotal(string Output, Summary From, Summary To, Summary Difference, double ProbabilityGreater);

/// <summary>
/// One step of the cumulative path: the output once this setting is moved too (<see cref="Reached"/>), the
/// step's contribution (paired, replication by replication) and its share of the total difference.
/// </summary>
public sealed record PathStep(int Step, MechanismSetting Setting, string Output, Summary Reached, Summary Contribution, double Share);

/// <summary>A component's Shapley value for one output (mean over replications with its interval) and its share of the total.</summary>
public sealed record ShapleyValue(MechanismComponent Component, string Output, Summary Value, double Share);
