namespace Sandbox.Sim.Experiments;

/// <summary>
/// A group of mechanism settings that a Shapley decomposition treats as one player, because they only make
/// sense together (a case manager who also sequences treatment and attends case conferences) or because ten
/// separate settings would need 2¹⁰ coalitions per replication.
/// </summary>
public sealed record MechanismComponent(string Name, IReadOnlyList<string> Paths);
