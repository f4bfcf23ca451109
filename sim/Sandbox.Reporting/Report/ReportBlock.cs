namespace Sandbox.Reporting.Report;

/// <summary>
/// One piece of a report, independent of the format it is written in, so the HTML and Markdown reports say the
/// same things in the same order and only their writers differ.
/// </summary>
public abstract record ReportBlock;
