using System.Text;

namespace Sandbox.Sim.Files;

/// <summary>
/// Writes a file through a temporary sibling and a rename, so an interrupted run, a failed render or a full disk
/// never leaves a truncated file where a report, a resumed experiment or the dashboard would take it as complete.
/// The one way every layer (run stores, exports, generated texts, grain state on disk) writes a file.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Unique per write, so two writers of one path never share a temporary file; not model randomness.
        var temp = full + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite))
                write(stream);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, s => s.Write(bytes));

    /// <summary>UTF-8 without a byte-order mark, as generated texts (schemas, reports) are committed.</summary>
    public static void WriteAllText(string path, string text) =>
        Write(path, s => s.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text)));
}
