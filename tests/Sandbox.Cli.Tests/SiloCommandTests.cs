using Sandbox.Cli;

namespace Sandbox.Cli.Tests;

public class SiloCommandTests
{
    [Theory]
    [InlineData(new[] { "silo", "--redis", "localhost" }, "--redis", "1 to 65535")]
    [InlineData(new[] { "silo", "--redis", "localhost:70000" }, "--redis", "1 to 65535")]
    [InlineData(new[] { "silo", "--silo-port", "0" }, "--silo-port", "1 to 65535")]
    [InlineData(new[] { "silo", "--gateway-port", "99999" }, "--gateway-port", "1 to 65535")]
    [InlineData(new[] { "silo", "--cluster-id", "no spaces" }, "--cluster-id", "1 to 64 letters, digits")]
    [InlineData(new[] { "silo", "--cluster-id", "" }, "--cluster-id", "1 to 64 letters, digits")]
    public void Bad_silo_flags_exit_2_naming_the_flag(string[] args, string flag, string allowed)
    {
        var result = Cli.Invoke(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(flag, result.Error);
        Assert.Contains(allowed, result.Error);
    }

    [Fact]
    public async Task An_embedded_silo_starts_and_leaves_cleanly_when_stopped()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        int silo = FreePort(), gateway = FreePort();
        var run = Task.Run(() => SandboxCli.Run(["silo", "--silo-port", $"{silo}", "--gateway-port", $"{gateway}"],
            CliConsole.Capture(output, error), stop.Token));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!output.ToString().Contains("sandbox silo ready") && DateTime.UtcNow < deadline && !run.IsCompleted)
            await Task.Delay(100);
        Assert.Contains($"silo port {silo}, gateway port {gateway}, embedded", output.ToString());
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(60)));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
