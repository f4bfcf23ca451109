namespace Sandbox.Reporting.Report;

/// <summary>Running text: the method, the scenario description, notes on reading the findings.</summary>
public sealed record ParagraphBlock(string Text) : ReportBlock;
