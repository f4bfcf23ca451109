namespace Sandbox.Sim.Experiments;

/// <summary>What a file in an experiment folder holds, so a report can show it without knowing the command.</summary>
public enum ManifestRole : byte { Table = 0, Chart = 1, Text = 2 }

/// <summary>
/// One output file of an experiment: its name in the folder, its role, a title for the report and an optional
/// note (what a row is, how to read the chart). Charts are listed by base name; the folder holds .png and .svg.
/// </summary>
public sealed record ManifestFile(string Name, ManifestRole Role, string Title, string Note = "");
