using System.Text;
using Sandbox.Cli.Input;
using Sandbox.Reporting;

namespace Sandbox.Cli.Output;

/// <summary>
/// Collects a command's files in a hidden staging folder inside the output directory and moves them into place
/// only when all were written. A failure half way (a bad value found late, a full disk, Ctrl+C) therefore leaves
/// the previous results untouched instead of a mix of old and new files.
/// </summary>
public sealed class OutputStage : IDisposable
{
    private readonly string _staging;
    private readonly List<string> _files = [];

    public OutputStage(string directory)
    {
        try
        {
            Directory = Path.GetFullPath(directory);
            System.IO.Directory.CreateDirectory(Directory);
            _staging = Path.Combine(Directory, ".staging-" + Guid.NewGuid().ToString("N")[..8]);
            System.IO.Directory.CreateDirectory(_staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException("--out", directory, "a directory that can be created and written (" + e.Message + ")");
        }
    }

    public string Directory { get; }

    /// <summary>Files written so far, by name.</summary>
    public IReadOnlyList<string> Files => _files;

    public void Table(TidyTable table, string baseName, OutputFormat format)
    {
        if (format.HasFlag(OutputFormat.Csv)) TableExport.Write(table, Stage(baseName + ".csv"));
        if (format.HasFlag(OutputFormat.Parquet)) TableExport.Write(table, Stage(baseName + ".parquet"));
    }

    /// <summary>A chart as PNG (for documents) and SVG (for the web and print).</summary>
    public void Chart(ChartSpec chart, string baseName)
    {
        ChartRenderer.Save(chart, Stage(baseName + ".png"));
        ChartRenderer.Save(chart, Stage(baseName + ".svg"));
    }

    public void Text(string name, string text) =>
        File.WriteAllText(Stage(name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>Moves every staged file over its final name and removes the staging folder.</summary>
    public void Commit()
    {
        foreach (var name in _files) File.Move(Path.Combine(_staging, name), Path.Combine(Directory, name), overwrite: true);
        System.IO.Directory.Delete(_staging, recursive: true);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_staging)) System.IO.Directory.Delete(_staging, recursive: true);
    }

    private string Stage(string name)
    {
        if (!_files.Contains(name)) _files.Add(name);
        return Path.Combine(_staging, name);
    }
}
