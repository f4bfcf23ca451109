namespace Sandbox.Sim.Experiments;

/// <summary>
/// One output file of an experiment: its name in the folder, its role, a title for the report and an optional
/// note (what a row is, how to read the chart). Charts are listed by base name; the folder holds .png and .svg.
/// </summary>
public sealed record ManifestFile(string Name, ManifestRole Role, string Title, string Note = "");
