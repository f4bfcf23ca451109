using Sandbox.Reporting;

namespace Sandbox.Sim.Tests.Reporting;

public class ParquetTableTests
{
    private static TidyTable EveryType() => new TidyTable()
        .AddColumn("scenario", new[] { "baseline", "", "ünïcode, \"quoted\"", "x" })
        .AddColumn("week", new[] { 0, -1, int.MaxValue, int.MinValue })
        .AddColumn("clients", new[] { 0L, long.MaxValue, long.MinValue, 42L })
        .AddColumn("rate", new[] { 0.1 + 0.2, double.NaN, -0.0, double.NegativeInfinity });

    [Fact]
    public void Write_then_read_round_trips_every_column_type_and_NaN()
    {
        var t = EveryType();
        using var stream = new MemoryStream();
        ParquetTableWriter.Write(t, stream);
        stream.Position = 0;

        TableAssert.Equal(t, ParquetTableReader.Read(stream));
    }

    [Fact]
    public async Task Columns_are_typed_with_one_row_group_and_NaN_stored_as_null()
    {
        using var stream = new MemoryStream();
        await ParquetTableWriter.WriteAsync(EveryType(), stream);
        stream.Position = 0;

        await using var reader = await Parquet.ParquetReader.CreateAsync(stream);
        Assert.Equal(1, reader.RowGroupCount);
        var fields = reader.Schema.GetDataFields();
        // Parquet.Net 6 surfaces UTF-8 string columns as ReadOnlyMemory<char>.
        Assert.Equal([typeof(ReadOnlyMemory<char>), typeof(int), typeof(long), typeof(double)], fields.Select(f => f.ClrType));
        Assert.Equal([false, false, false, true], fields.Select(f => f.IsNullable));
        using var group = reader.OpenRowGroupReader(0);
        var rate = new double?[4];
        await group.ReadAsync(fields[3], rate.AsMemory());
        Assert.Null(rate[1]);
        Assert.Equal(0.1 + 0.2, rate[0]);
    }

    [Fact]
    public void An_empty_table_keeps_its_schema()
    {
        var t = new TidyTable(new ColumnSchema("a", ColumnType.String), new ColumnSchema("b", ColumnType.Double));
        using var stream = new MemoryStream();
        ParquetTableWriter.Write(t, stream);
        stream.Position = 0;
        TableAssert.Equal(t, ParquetTableReader.Read(stream));
    }
}
