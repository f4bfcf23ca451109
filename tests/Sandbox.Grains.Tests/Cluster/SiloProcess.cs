using System.Diagnostics;

namespace Sandbox.Grains.Tests.Cluster;

/// <summary>
/// A worker silo as a real process (<c>Sandbox.Silo --redis …</c>), the way a researcher adds machines to a
/// cluster; killed for real in the fault tests.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(Process process, int siloPort)
    {
        _process = process;
        SiloPort = siloPort;
        _process.OutputDataReceived += (_, e) => { if (e.Data?.Contains("sandbox silo ready") == true) _ready.TrySetResult(); };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int SiloPort { get; }

    public static async Task<SiloProcess> StartAsync(string redis, string clusterId, int siloPort, int gatewayPort)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { SiloAssembly(), "--redis", redis, "--cluster-id", clusterId, "--silo-port", $"{siloPort}", "--gateway-port", $"{gatewayPort}" })
            info.ArgumentList.Add(arg);
        var silo = new SiloProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start the silo process"), siloPort);
        var started = await Task.WhenAny(silo._ready.Task, silo._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (started != silo._ready.Task) throw new InvalidOperationException($"the silo process on port {siloPort} did not become ready");
        return silo;
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    /// <summary>The worker silo built beside the tests (same configuration), found from the repository root.</summary>
    private static string SiloAssembly()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        string configuration = dir.Parent!.Name; // …/bin/{Configuration}/net10.0/
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sandbox.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("repository root (Sandbox.sln) not found above " + AppContext.BaseDirectory);
        string path = Path.Combine(dir.FullName, "grains", "Sandbox.Silo", "bin", configuration, "net10.0", "Sandbox.Silo.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("build grains/Sandbox.Silo first", path);
    }
}
