namespace Sandbox.Reporting.Report;

/// <summary>The first rows of a table file, with where the whole table is.</summary>
public sealed record TableBlock(string File, string Title, string Note, TablePreview Preview) : ReportBlock;
