using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Sandbox.Grains.Hosting;

/// <summary>
/// Grain storage in a directory, one file per grain state, written atomically (temp file, then rename) in
/// the Orleans binary format, so results keep every bit. It is what lets the embedded default survive a
/// restart of its process (<c>--resume</c>); silos of one machine may share the directory. The ETag is the
/// file's write time: a stale activation cannot overwrite a newer state.
/// </summary>
public sealed class FileGrainStorage(string directory, Serializer serializer, IActivatorProvider activators) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        if (File.Exists(path))
        {
            grainState.State = serializer.Deserialize<T>(File.ReadAllBytes(path));
            grainState.ETag = Stamp(path);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = activators.GetActivator<T>().Create();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        CheckETag(path, grainState.ETag);
        // A state is a few kilobytes: written synchronously, through a temporary file so a crash never leaves half of one.
        Sandbox.Sim.Files.AtomicFile.WriteAllBytes(path, serializer.SerializeToArray(grainState.State));
        grainState.ETag = Stamp(path);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        CheckETag(path, grainState.ETag);
        File.Delete(path);
        grainState.State = activators.GetActivator<T>().Create();
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private string PathOf(string stateName, GrainId grainId)
    {
        var folder = Path.Combine(directory, Uri.EscapeDataString(stateName));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, Uri.EscapeDataString(grainId.ToString()) + ".bin");
    }

    private static string? Stamp(string path) => File.Exists(path) ? File.GetLastWriteTimeUtc(path).Ticks.ToString() : null;

    private static void CheckETag(string path, string? expected)
    {
        string? actual = Stamp(path);
        if (actual != expected) throw new InconsistentStateException($"state file {path} changed since it was read", actual ?? "", expected ?? "");
    }
}
