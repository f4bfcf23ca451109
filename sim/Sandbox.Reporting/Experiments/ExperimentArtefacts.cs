namespace Sandbox.Reporting.Experiments;

/// <summary>
/// What one experiment gives its readers, whatever host ran it: a title, the method as a report states it,
/// headline sentences with their confidence notes, tidy tables and charts. The CLI writes these into an
/// experiment folder; the dashboard shows them and writes the same folder for its report and bundle, so both
/// say the same things about the same runs.
/// </summary>
public sealed record ExperimentArtefacts
{
    public required string Title { get; init; }
    public required string Method { get; init; }
    public IReadOnlyList<string> Headlines { get; init; } = [];
    public IReadOnlyList<ArtefactTable> Tables { get; init; } = [];
    public IReadOnlyList<(string Name, ChartSpec Chart)> Charts { get; init; } = [];
}

/// <summary>A table as a report lists it: file base name, title and a note on how to read it.</summary>
public sealed record ArtefactTable(string Name, string Title, string Note, TidyTable Table);
