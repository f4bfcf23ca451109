using Parquet;
using Parquet.Schema;

namespace Sandbox.Reporting;

/// <summary>
/// Writes a <see cref="TidyTable"/> as Parquet with one row group and one typed column per table column. Double columns
/// are always declared nullable and NaN is stored as null: Parquet readers treat null as "missing" (pandas NaN, R NA,
/// SQL NULL), and declaring it for every double keeps the schema the same whether or not a given run produced a NaN,
/// so files from a sweep can be read as one dataset.
/// </summary>
public static class ParquetTableWriter
{
    public static async Task WriteAsync(TidyTable table, Stream stream, CancellationToken cancellationToken = default)
    {
        var fields = table.Columns.Select(ToField).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: cancellationToken);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var field = fields[c];
            switch (table.Columns[c])
            {
                case TidyColumn<string> s: await group.WriteAsync(field, s.Values.ToArray()); break;
                case TidyColumn<int> i: await group.WriteAsync(field, i.Memory, cancellationToken: cancellationToken); break;
                case TidyColumn<long> l: await group.WriteAsync(field, l.Memory, cancellationToken: cancellationToken); break;
                case TidyColumn<double> d: await group.WriteAsync(field, NaNAsNull(d.Values), cancellationToken: cancellationToken); break;
            }
        }
        group.CompleteValidate();
    }

    /// <summary>Synchronous form for the CLI; Parquet.Net is async-only and has no synchronisation context to deadlock on here.</summary>
    public static void Write(TidyTable table, Stream stream) => WriteAsync(table, stream).GetAwaiter().GetResult();

    internal static DataField ToField(TidyColumn column) => column.Type switch
    {
        ColumnType.String => new DataField<string>(column.Name, nullable: false),
        ColumnType.Int32 => new DataField<int>(column.Name),
        ColumnType.Int64 => new DataField<long>(column.Name),
        ColumnType.Double => new DataField<double?>(column.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Unknown column type."),
    };

    private static ReadOnlyMemory<double?> NaNAsNull(ReadOnlySpan<double> values)
    {
        var result = new double?[values.Length];
        for (var i = 0; i < values.Length; i++) result[i] = double.IsNaN(values[i]) ? null : values[i];
        return result;
    }
}
