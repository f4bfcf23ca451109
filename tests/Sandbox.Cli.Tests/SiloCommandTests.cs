using Sandbox.Cli;
using Sandbox.Grains.Hosting;

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
        int silo = SandboxClusterOptions.FreePort(), gateway = SandboxClusterOptions.FreePort();
        await using var running = await SiloRunning.StartAsync("silo", "--silo-port", $"{silo}", "--gateway-port", $"{gateway}");
        Assert.Contains($"silo port {silo}, gateway port {gateway}, embedded", running.Output);
        Assert.Equal(0, await running.StopAsync());
    }
}
