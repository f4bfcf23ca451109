using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>A component's Shapley value for one output (mean over replications with its interval) and its share of the total.</summary>
public sealed record ShapleyValue(MechanismComponent Component, string Output, Summary Value, double Share);
