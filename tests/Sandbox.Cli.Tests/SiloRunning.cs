using Sandbox.Cli;

namespace Sandbox.Cli.Tests;

/// <summary><c>sandbox silo …</c> run in this process until stopped, its console output captured.</summary>
internal sealed class SiloRunning : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _output = new();
    private Task<int> _run = Task.FromResult(0);

    public string Output => _output.ToString();

    /// <summary>Starts the silo with these arguments and waits (at most a minute) until it says it is ready.</summary>
    public static async Task<SiloRunning> StartAsync(params string[] args)
    {
        var silo = new SiloRunning();
        silo._run = Task.Run(() => SandboxCli.Run(args, CliConsole.Capture(silo._output, new StringWriter()), silo._stop.Token));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!silo.Output.Contains("sandbox silo ready") && DateTime.UtcNow < deadline && !silo._run.IsCompleted) await Task.Delay(100);
        Assert.True(silo.Output.Contains("sandbox silo ready"), "the silo did not start: " + silo.Output);
        return silo;
    }

    /// <summary>Stops the silo as Ctrl+C would and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _run.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }
}
