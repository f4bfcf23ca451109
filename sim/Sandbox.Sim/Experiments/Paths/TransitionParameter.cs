namespace Sandbox.Sim.Experiments;

/// <summary>One parameter of a reform's transition as a report lists it: the value used, its unit and where it comes from.</summary>
public sealed record TransitionParameter(string Path, string Value, string Unit, string Source);
