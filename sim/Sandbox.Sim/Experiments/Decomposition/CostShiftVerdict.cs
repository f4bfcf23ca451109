namespace Sandbox.Sim.Experiments;

/// <summary>Whether an agency's spending in a category clearly rises, clearly falls, or shows no clear change.</summary>
public enum CostShiftVerdict : byte { NoClearChange = 0, PaysMore = 1, Saves = 2 }
