using System.Globalization;
using System.Text;

namespace Sandbox.Reporting;

/// <summary>
/// Writes a <see cref="TidyTable"/> as RFC 4180 CSV: a header row, CRLF line ends, and a field quoted only when it holds
/// a comma, quote, CR or LF. Numbers use the invariant culture and the shortest text that parses back to the same
/// double, so a CSV re-read gives bit-identical values; NaN (a missing value in the model) is written as an empty field.
/// </summary>
public static class CsvTableWriter
{
    private const string NewLine = "\r\n";

    public static void Write(TidyTable table, TextWriter writer)
    {
        var columns = table.Columns;
        for (var c = 0; c < columns.Count; c++)
        {
            if (c > 0) writer.Write(',');
            WriteField(writer, columns[c].Name);
        }
        writer.Write(NewLine);

        for (var r = 0; r < table.RowCount; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                if (c > 0) writer.Write(',');
                switch (columns[c])
                {
                    case TidyColumn<string> s: WriteField(writer, s[r]); break;
                    case TidyColumn<int> i: writer.Write(i[r].ToString(CultureInfo.InvariantCulture)); break;
                    case TidyColumn<long> l: writer.Write(l[r].ToString(CultureInfo.InvariantCulture)); break;
                    case TidyColumn<double> d: writer.Write(FormatDouble(d[r])); break;
                }
            }
            writer.Write(NewLine);
        }
    }

    /// <summary>Writes UTF-8 without a byte-order mark, which some CSV readers would otherwise glue onto the first header.</summary>
    public static void Write(TidyTable table, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        Write(table, writer);
    }

    public static string ToCsv(TidyTable table)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(table, writer);
        return writer.ToString();
    }

    /// <summary>"R" is the shortest round-trip form on .NET Core 3.0+; infinities stay as "Infinity"/"-Infinity".</summary>
    internal static string FormatDouble(double value) =>
        double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteField(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
