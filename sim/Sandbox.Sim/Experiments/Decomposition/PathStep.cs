using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// One step of the cumulative path: the output once this setting is moved too (<see cref="Reached"/>), the
/// step's contribution (paired, replication by replication) and its share of the total difference.
/// </summary>
public sealed record PathStep(int Step, MechanismSetting Setting, string Output, Summary Reached, Summary Contribution, double Share);
