namespace Sandbox.Reporting.Report;

/// <summary>A section heading; level 1 is the report title.</summary>
public sealed record HeadingBlock(int Level, string Text) : ReportBlock;
