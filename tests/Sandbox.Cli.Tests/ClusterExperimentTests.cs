using Sandbox.Cli;
using Sandbox.Grains.Tests.Cluster;

namespace Sandbox.Cli.Tests;

/// <summary>
/// <c>--cluster</c> for real: a redis-server, a silo started by <c>sandbox silo --redis</c>, and experiment commands
/// that send their runs to it. The files they write must equal those of the same command run in this process.
/// </summary>
public sealed class ClusterExperimentTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static readonly string[] Sweep =
        ["sweep", "baseline", "--param", "mechanisms.pooledBudget=0:1", "--param", "labourMarket.vacancyRate=8:20", "--lhs", "4", "--reps", "2", .. Cli.Small];

    [Fact]
    public async Task A_sweep_sent_to_a_cluster_writes_what_the_same_sweep_writes_locally()
    {
        await using var silo = await SiloRunning.StartAsync("silo", "--redis", redis.ConnectionString);
        using var dir = new TempDirectory();
        var onCluster = Cli.Invoke([.. Sweep, "--cluster", redis.ConnectionString, "--out", dir.File("cluster")]);
        Assert.True(onCluster.ExitCode == 0, onCluster.Error);
        var local = Cli.Invoke([.. Sweep, "--out", dir.File("local")]);
        Assert.Equal(0, local.ExitCode);

        foreach (string table in new[] { "sweep.csv", "runs.csv", "main-effects.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(dir.File("local"), table)), File.ReadAllText(Path.Combine(dir.File("cluster"), table)));
        Assert.Contains("kept by the cluster", File.ReadAllText(Path.Combine(dir.File("cluster"), "reproduce.txt")));
        Assert.Contains("sandbox silo ready", silo.Output);

        // With --resume the experiment is named by its fingerprint: a second call finds every run finished.
        var first = Cli.Invoke([.. Sweep, "--cluster", redis.ConnectionString, "--resume", "--out", dir.File("resumed")]);
        var again = Cli.Invoke([.. Sweep, "--cluster", redis.ConnectionString, "--resume", "--out", dir.File("resumed")]);
        Assert.True(first.ExitCode == 0 && again.ExitCode == 0, first.Error + again.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(dir.File("local"), "sweep.csv")), File.ReadAllText(Path.Combine(dir.File("resumed"), "sweep.csv")));
    }

    [Fact]
    public void A_cluster_nobody_runs_is_reported_naming_the_flag_and_how_to_start_a_silo()
    {
        using var dir = new TempDirectory();
        int unused = Sandbox.Grains.Hosting.SandboxClusterOptions.FreePort();
        var result = Cli.Invoke([.. Sweep, "--cluster", $"127.0.0.1:{unused}", "--out", dir.File("none")]);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"--cluster 127.0.0.1:{unused}", result.Error);
        Assert.Contains("sandbox silo --redis", result.Error);
    }

    [Theory]
    [InlineData("--cluster", "localhost", "HOST:PORT")]
    [InlineData("--cluster", "localhost:0", "HOST:PORT")]
    [InlineData("--cluster-id", "no spaces", "letters, digits")]
    public void Bad_cluster_flags_exit_2_naming_the_flag(string flag, string value, string allowed)
    {
        using var dir = new TempDirectory();
        string[] cluster = flag == "--cluster" ? [flag, value] : ["--cluster", "127.0.0.1:6379", flag, value];
        var result = Cli.Invoke([.. Sweep, .. cluster, "--out", dir.File("bad")]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(flag + " = " + value, result.Error);
        Assert.Contains(allowed, result.Error);
    }
}
