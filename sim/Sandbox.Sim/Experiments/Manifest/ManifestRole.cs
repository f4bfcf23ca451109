namespace Sandbox.Sim.Experiments;

/// <summary>What a file in an experiment folder holds, so a report can show it without knowing the command.</summary>
public enum ManifestRole : byte { Table = 0, Chart = 1, Text = 2 }
