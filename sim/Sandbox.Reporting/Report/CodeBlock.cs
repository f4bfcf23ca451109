namespace Sandbox.Reporting.Report;

/// <summary>A file's text shown verbatim (experiment.json, scenario.json, reproduce.txt) and offered for download.</summary>
public sealed record CodeBlock(string Title, string FileName, string Text) : ReportBlock;
