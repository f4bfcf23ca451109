using Sandbox.Sim.Files;
namespace Sandbox.Reporting;

/// <summary>Writes a table in the format its file extension names, so CLI options and report settings take just a path.</summary>
public static class TableExport
{
    public static readonly IReadOnlyList<string> Extensions = [".csv", ".parquet"];

    public static void Write(TidyTable table, string path)
    {
        ArgumentNullException.ThrowIfNull(table);
        switch (ExtensionOf(path))
        {
            case ".csv": AtomicFile.Write(path, s => CsvTableWriter.Write(table, s)); break;
            case ".parquet": AtomicFile.Write(path, s => ParquetTableWriter.Write(table, s)); break;
        }
    }

    /// <summary>The lower-case extension when it is supported; otherwise a message naming the path and the choices.</summary>
    private static string ExtensionOf(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return Extensions.Contains(ext)
            ? ext
            : throw new ArgumentException(
                $"Cannot write a table to '{path}': extension '{ext}' is not supported; use {string.Join(" or ", Extensions)}.", nameof(path));
    }
}
