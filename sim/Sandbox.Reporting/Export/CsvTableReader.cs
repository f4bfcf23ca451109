using System.Globalization;
using System.Text;

namespace Sandbox.Reporting;

/// <summary>
/// Reads RFC 4180 CSV back into a <see cref="TidyTable"/> of a known schema. CSV carries no types, so the caller says
/// what each column is; the header must name the same columns in the same order, which catches a file from another
/// exporter version before its numbers are misread.
/// </summary>
public static class CsvTableReader
{
    public static TidyTable Read(TextReader reader, params IReadOnlyList<ColumnSchema> schema)
    {
        var table = new TidyTable(schema);
        var records = ReadRecords(reader).GetEnumerator();
        if (!records.MoveNext()) throw new FormatException("The CSV is empty; expected a header row.");
        var header = records.Current;
        if (!header.SequenceEqual(schema.Select(s => s.Name)))
            throw new FormatException($"The CSV header is ({string.Join(", ", header)}) but the schema expects ({string.Join(", ", schema.Select(s => s.Name))}).");

        var line = 1;
        var row = new object?[schema.Count];
        while (records.MoveNext())
        {
            line++;
            var fields = records.Current;
            if (fields.Count != schema.Count)
                throw new FormatException($"CSV record {line} has {fields.Count} fields; expected {schema.Count}.");
            for (var c = 0; c < fields.Count; c++) row[c] = Parse(fields[c], schema[c], line);
            table.AppendRow(row);
        }
        return table;
    }

    public static TidyTable ReadCsv(string csv, params IReadOnlyList<ColumnSchema> schema) =>
        Read(new StringReader(csv), schema);

    private static object Parse(string field, ColumnSchema column, int line)
    {
        var inv = CultureInfo.InvariantCulture;
        object? value = column.Type switch
        {
            ColumnType.String => field,
            ColumnType.Int32 => int.TryParse(field, NumberStyles.Integer, inv, out var i) ? i : null,
            ColumnType.Int64 => long.TryParse(field, NumberStyles.Integer, inv, out var l) ? l : null,
            ColumnType.Double => field.Length == 0 ? double.NaN
                : double.TryParse(field, NumberStyles.Float, inv, out var d) ? d : null,
            _ => null,
        };
        return value ?? throw new FormatException($"CSV record {line}, column '{column.Name}': '{field}' is not a valid {column.Type}.");
    }

    /// <summary>Splits records per RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF ends a record.</summary>
    private static IEnumerable<List<string>> ReadRecords(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool inQuotes = false, any = false;
        int ch;
        while ((ch = reader.Read()) >= 0)
        {
            any = true;
            var c = (char)ch;
            if (inQuotes)
            {
                if (c != '"') field.Append(c);
                else if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                else inQuotes = false;
                continue;
            }
            switch (c)
            {
                case '"': inQuotes = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    any = false;
                    break;
                default: field.Append(c); break;
            }
        }
        if (inQuotes) throw new FormatException("The CSV ends inside a quoted field.");
        if (any)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
