namespace Sandbox.Reporting.Report;

/// <summary>A chart by its base name in the experiment folder (name.svg and/or name.png).</summary>
public sealed record ChartBlock(string Name, string Title, string Note) : ReportBlock;
