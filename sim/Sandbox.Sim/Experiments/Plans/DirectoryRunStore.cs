using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// One small binary file per finished run (<c>{key}.run</c>: a tag, the count, then little-endian doubles), so
/// an interrupted experiment keeps every run that finished and NaN or -0.0 come back exactly as written.
/// Files are written to a temporary name and renamed, so a run killed mid-write leaves no half file that
/// would later be read as finished.
/// </summary>
public sealed class DirectoryRunStore : IRunStore
{
    private static readonly byte[] Tag = "SBXRUN1\0"u8.ToArray();

    public DirectoryRunStore(string directory)
    {
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    /// <summary>Runs stored so far.</summary>
    public int Count => System.IO.Directory.EnumerateFiles(Directory, "*.run").Count();

    public bool TryLoad(string key, int length, [NotNullWhen(true)] out double[]? values)
    {
        values = null;
        string path = PathOf(key);
        if (!File.Exists(path)) return false;
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length != Tag.Length + 4 + 8 * length || !bytes.AsSpan(0, Tag.Length).SequenceEqual(Tag)
            || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Tag.Length)) != length)
            return false;
        values = new double[length];
        var body = bytes.AsSpan(Tag.Length + 4);
        for (int i = 0; i < length; i++) values[i] = BinaryPrimitives.ReadDoubleLittleEndian(body[(8 * i)..]);
        return true;
    }

    public void Save(string key, ReadOnlySpan<double> values)
    {
        var bytes = new byte[Tag.Length + 4 + 8 * values.Length];
        Tag.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(Tag.Length), values.Length);
        var body = bytes.AsSpan(Tag.Length + 4);
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteDoubleLittleEndian(body[(8 * i)..], values[i]);
        Files.AtomicFile.WriteAllBytes(PathOf(key), bytes);
    }

    private string PathOf(string key)
    {
        if (key.Length == 0 || key.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            throw new ArgumentException($"Run key '{key}' must be letters, digits, '-', '_' or '.'.", nameof(key));
        return Path.Combine(Directory, key + ".run");
    }
}
