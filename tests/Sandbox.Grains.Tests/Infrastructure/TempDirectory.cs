namespace Sandbox.Grains.Tests.Infrastructure;

/// <summary>A directory for one test's file grain storage, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("sandbox-grains-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a dying silo may still hold a file; the OS cleans temp */ }
    }
}
