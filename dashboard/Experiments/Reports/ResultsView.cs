using Sandbox.Dashboard.Experiments.Research;
using Sandbox.Reporting;
using Sandbox.Reporting.Report;

namespace Sandbox.Dashboard.Experiments.Reports;

/// <summary>
/// A finished experiment as the Experiments page shows it: headlines, method, every chart's data and the first
/// rows of every table; each chart and table is downloadable by its name through the export endpoint.
/// </summary>
public sealed record ResultsView(string Id, string Kind, string Title, string Method, IReadOnlyList<string> Headlines, IReadOnlyList<ChartView> Charts,
    IReadOnlyList<TableView> Tables, string Command, bool HasCurves)
{
    public const int PreviewRows = 50;

    public static ResultsView Of(string id, ResearchResult r) => new(id, r.Kind, r.Artefacts.Title, r.Artefacts.Method,
        r.Artefacts.Headlines.Where(h => h.Length > 0).ToArray(),
        r.Artefacts.Charts.Select(c => ChartData.View(c.Name, c.Chart)).ToArray(),
        r.Artefacts.Tables.Select(t => TableView.Of(t.Name, t.Title, t.Note, t.Table)).ToArray(), r.Command, r.Curves is not null);
}

/// <summary>A table's first rows as text, numbers to five significant digits (downloads keep full precision).</summary>
public sealed record TableView(string Name, string Title, string Note, IReadOnlyList<string> Columns, IReadOnlyList<string[]> Rows, int TotalRows)
{
    public static TableView Of(string name, string title, string note, TidyTable table)
    {
        var preview = TablePreview.Of(table, ResultsView.PreviewRows);
        return new(name, title, note, preview.Columns, preview.Rows, preview.TotalRows);
    }
}
