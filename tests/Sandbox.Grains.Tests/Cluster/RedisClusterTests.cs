using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sandbox.Grains.Experiments;
using Sandbox.Grains.Hosting;
using Sandbox.Grains.Live;
using Sandbox.Grains.Tests.Infrastructure;
using Sandbox.Sim.Scenarios;
using Xunit.Abstractions;

namespace Sandbox.Grains.Tests.Cluster;

/// <summary>
/// The real thing: a Redis server, two worker silo processes joined through it (Redis clustering, grain
/// storage and reminders from one connection string) and a client. One silo process is killed in the
/// middle of an experiment; the experiment completes with every run counted once and the kernel's results.
/// </summary>
public sealed class RedisClusterTests(RedisServer redis, ITestOutputHelper output) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task Two_silo_processes_run_an_experiment_and_survive_losing_one()
    {
        string clusterId = "redis-test-" + Guid.NewGuid().ToString("N")[..8];
        int[] siloPorts = [SandboxClusterOptions.FreePort(), SandboxClusterOptions.FreePort()];
        int[] gatewayPorts = [SandboxClusterOptions.FreePort(), SandboxClusterOptions.FreePort()];
        await using var a = await SiloProcess.StartAsync(redis.ConnectionString, clusterId, siloPorts[0], gatewayPorts[0]);
        await using var b = await SiloProcess.StartAsync(redis.ConnectionString, clusterId, siloPorts[1], gatewayPorts[1]);
        using var client = await ConnectAsync(clusterId);
        var grains = client.Services.GetRequiredService<IClusterClient>();

        // A live run works across the processes too.
        var live = TestScenarios.Small(IntegrationLevel.JointPlanning, weeks: 20);
        TestScenarios.AssertBitIdentical(TestScenarios.Kernel(live), await Live.LiveRuns.RunToEnd(grains, "redis-live", live));

        var spec = ExperimentChecks.Interruptible("redis");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await grains.Experiment("redis").Launch(spec);
        var early = await Eventually.Until(grains.Experiment("redis").GetProgress, p => p.Finished >= 4, TimeSpan.FromSeconds(90), "first runs");
        var before = await ExperimentChecks.Outcomes(grains, "redis", spec);
        Assert.True(before.Count < spec.RunCount, "every run finished before the kill: make the runs longer");
        var victim = early.Host.Contains($":{a.SiloPort}:") ? a : b;
        victim.Kill();
        output.WriteLine($"killed the silo on port {victim.SiloPort} (it ran the experiment grain: {early.Host}) after {early.Finished} runs");

        var done = await ExperimentChecks.Completion(grains, "redis", TimeSpan.FromSeconds(180));
        ExperimentChecks.AssertCountedOnce(done);
        Assert.True(done.BySilo.Length == 2, "both silo processes executed runs");
        var after = await ExperimentChecks.Outcomes(grains, "redis", spec);
        foreach (var (run, outcome) in before) Assert.Equal(outcome, after[run]);
        await ExperimentChecks.AssertEqualsKernel(grains, "redis", spec);
        foreach (var silo in done.BySilo)
            output.WriteLine($"{silo.Silo}: {silo.Runs} runs, {after.Values.Where(o => o.Silo == silo.Silo).Average(o => o.Seconds):F2} s per run");
        output.WriteLine($"experiment of {spec.RunCount} runs took {clock.Elapsed.TotalSeconds:F1} s with one silo killed");
    }

    private async Task<IHost> ConnectAsync(string clusterId)
    {
        var options = new SandboxClusterOptions { Redis = redis.ConnectionString, ClusterId = clusterId };
        var host = new HostBuilder()
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .UseSandboxClient(options)
            .Build();
        await host.StartAsync();
        return host;
    }
}
