using Parquet;
using Parquet.Schema;

namespace Sandbox.Reporting;

/// <summary>
/// Reads a Parquet file written by <see cref="ParquetTableWriter"/> (or any flat file of string, int, long and double
/// columns) back into a <see cref="TidyTable"/>; null doubles come back as NaN. Row groups are concatenated.
/// </summary>
public static class ParquetTableReader
{
    public static async Task<TidyTable> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        await using var reader = await ParquetReader.CreateAsync(stream, leaveStreamOpen: true, cancellationToken: cancellationToken);
        var fields = reader.Schema.GetDataFields();
        if (fields.Length != reader.Schema.Fields.Count)
            throw new NotSupportedException("Only flat Parquet schemas (no nested or repeated fields) can be read into a table.");
        var schema = fields.Select(f => new ColumnSchema(f.Name, TypeOf(f))).ToArray();

        var parts = new List<TidyTable>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var rows = checked((int)group.RowCount);
            var part = new TidyTable();
            foreach (var field in fields)
            {
                switch (TypeOf(field))
                {
                    case ColumnType.String:
                        var s = new string?[rows];
                        await group.ReadAsync(field, s.AsMemory(), cancellationToken: cancellationToken);
                        part.AddColumn(field.Name, s.Select((v, i) => v
                            ?? throw new InvalidDataException($"Column '{field.Name}' has a null at row {i}; string columns may not hold missing values.")));
                        break;
                    case ColumnType.Int32:
                        part.AddColumn(field.Name, await ReadValues<int>(group, field, rows, cancellationToken));
                        break;
                    case ColumnType.Int64:
                        part.AddColumn(field.Name, await ReadValues<long>(group, field, rows, cancellationToken));
                        break;
                    case ColumnType.Double:
                        part.AddColumn(field.Name, await ReadValues<double>(group, field, rows, cancellationToken, double.NaN));
                        break;
                }
            }
            parts.Add(part);
        }
        return parts.Count == 0 ? new TidyTable(schema) : TidyTable.Concat(parts);
    }

    public static TidyTable Read(Stream stream) => ReadAsync(stream).GetAwaiter().GetResult();

    public static TidyTable Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary>Reads a numeric column, nullable or not; a null is replaced by <paramref name="missing"/> or rejected.</summary>
    private static async Task<T[]> ReadValues<T>(ParquetRowGroupReader group, DataField field, int rows,
        CancellationToken cancellationToken, T? missing = null) where T : struct
    {
        if (!field.IsNullable)
        {
            var values = new T[rows];
            await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancellationToken);
            return values;
        }
        var nullable = new T?[rows];
        await group.ReadAsync(field, nullable.AsMemory(), cancellationToken: cancellationToken);
        var result = new T[rows];
        for (var i = 0; i < rows; i++)
            result[i] = nullable[i] ?? missing
                ?? throw new InvalidDataException($"Column '{field.Name}' has a null at row {i}; only double columns may hold missing values.");
        return result;
    }

    private static ColumnType TypeOf(DataField field) => field.ClrType switch
    {
        // Parquet.Net 6 reports UTF-8 columns as ReadOnlyMemory<char> unless asked otherwise; both read as strings.
        var t when t == typeof(string) || t == typeof(ReadOnlyMemory<char>) => ColumnType.String,
        var t when t == typeof(int) => ColumnType.Int32,
        var t when t == typeof(long) => ColumnType.Int64,
        var t when t == typeof(double) => ColumnType.Double,
        var t => throw new NotSupportedException($"Column '{field.Name}' has Parquet type {t.Name}; tables hold string, int, long and double."),
    };
}
