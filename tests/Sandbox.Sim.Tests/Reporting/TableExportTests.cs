using Sandbox.Reporting;

namespace Sandbox.Sim.Tests.Reporting;

public sealed class TableExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reporting-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static TidyTable Table() => new TidyTable().AddColumn("week", new[] { 1, 2 }).AddColumn("y", new[] { 0.5, double.NaN });

    [Fact]
    public void The_extension_picks_the_format_case_insensitively()
    {
        var csv = Path.Combine(_dir, "out", "table.CSV");
        var parquet = Path.Combine(_dir, "out", "table.parquet");
        TableExport.Write(Table(), csv);
        TableExport.Write(Table(), parquet);

        Assert.Equal("week,y\r\n1,0.5\r\n2,\r\n", File.ReadAllText(csv));
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(parquet)[..4]);
        TableAssert.Equal(Table(), ParquetTableReader.Read(parquet));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_dir, "out")).Length); // no temporary files left behind
    }

    [Fact]
    public void Other_extensions_get_a_clear_error_and_no_file()
    {
        var path = Path.Combine(_dir, "table.xlsx");
        var ex = Assert.Throws<ArgumentException>(() => TableExport.Write(Table(), path));
        Assert.Contains(".xlsx", ex.Message);
        Assert.Contains(".csv or .parquet", ex.Message);
        Assert.False(File.Exists(path));
    }
}
