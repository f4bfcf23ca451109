using Sandbox.Cli.Input;
using Sandbox.Sim.Files;

namespace Sandbox.Cli.Output;

/// <summary>Writes one generated text file through a temporary sibling, so a failed write never truncates the committed copy.</summary>
public static class TextFile
{
    public static void Write(string flag, string path, string text)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliInputException(flag, path, "a writable file path (" + e.Message + ")");
        }
        AtomicFile.WriteAllText(full, text);
    }
}
