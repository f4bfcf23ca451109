using System.Globalization;

namespace Sandbox.Reporting.Report;

/// <summary>
/// The first rows of a table file for a report, every cell as text: numbers with a decimal point shortened to
/// five significant digits (the files keep full precision), whole numbers and text as written.
/// </summary>
public sealed record TablePreview(IReadOnlyList<string> Columns, IReadOnlyList<string[]> Rows, int TotalRows)
{
    public const int DefaultRows = 25;

    public static TablePreview Read(string path, int rows = DefaultRows)
    {
        var table = Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase) ? ParquetTableReader.Read(path) : ReadCsv(path);
        return Of(table, rows);
    }

    /// <summary>The first rows of a table in memory, as a report or a page shows them.</summary>
    public static TablePreview Of(TidyTable table, int rows = DefaultRows)
    {
        var shown = Enumerable.Range(0, Math.Min(rows, table.RowCount))
            .Select(r => table.Columns.Select(c => Cell(c.GetValue(r))).ToArray()).ToArray();
        return new TablePreview(table.Columns.Select(c => c.Name).ToArray(), shown, table.RowCount);
    }

    /// <summary>A CSV of any columns, read as text (CSV carries no types).</summary>
    private static TidyTable ReadCsv(string path)
    {
        string text = File.ReadAllText(path);
        int end = text.IndexOfAny(['\r', '\n']);
        string header = end < 0 ? text : text[..end];
        // Column names the CLI writes never hold commas or quotes, so the header splits plainly.
        var schema = header.Split(',').Select(n => new ColumnSchema(n.Trim('"'), ColumnType.String)).ToArray();
        return CsvTableReader.ReadCsv(text, schema);
    }

    private static string Cell(object value) => value switch
    {
        double d => Number(d),
        string s when (s.Contains('.') || s.Contains('E') || s.Contains('e'))
                      && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) => Number(d),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Number(double d) => double.IsNaN(d) ? "" : d.ToString("G5", CultureInfo.InvariantCulture);
}
