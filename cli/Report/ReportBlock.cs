namespace Sandbox.Cli.Report;

/// <summary>
/// One piece of a report, independent of the format it is written in, so the HTML and Markdown reports say the
/// same things in the same order and only their writers differ.
/// </summary>
public abstract record ReportBlock;

public sealed record HeadingBlock(int Level, string Text) : ReportBlock;

public sealed record ParagraphBlock(string Text) : ReportBlock;

public sealed record BulletsBlock(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>A chart by its base name in the experiment folder (name.svg and/or name.png).</summary>
public sealed record ChartBlock(string Name, string Title, string Note) : ReportBlock;

/// <summary>The first rows of a table file, with where the whole table is.</summary>
public sealed record TableBlock(string File, string Title, string Note, TablePreview Preview) : ReportBlock;

/// <summary>A file's text shown verbatim (experiment.json, scenario.json, reproduce.txt) and offered for download.</summary>
public sealed record CodeBlock(string Title, string FileName, string Text) : ReportBlock;
