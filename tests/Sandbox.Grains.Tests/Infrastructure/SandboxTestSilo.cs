using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;
using Sandbox.Grains.Experiments;
using Sandbox.Grains.Hosting;

namespace Sandbox.Grains.Tests.Infrastructure;

/// <summary>
/// Configures every TestingHost silo the way hosts do (<c>AddSandboxGrains</c>), with a file storage directory
/// when the cluster was given one, and with failure detection fast enough for kill tests.
/// </summary>
public sealed class SandboxTestSilo : ISiloConfigurator
{
    public const string StorageKey = "SandboxStorageDirectory";

    public void Configure(ISiloBuilder silo)
    {
        var options = new SandboxClusterOptions { StorageDirectory = silo.Configuration[StorageKey], LiveFanOut = 64, RunsPerSilo = 2 };
        silo.AddSandboxGrains(options);
        silo.Services.Configure<ExperimentOptions>(o => o.WatchdogPeriod = TimeSpan.FromMilliseconds(500));
        silo.Services.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 1;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
        });
    }
}

/// <summary>Builds TestingHost clusters of sandbox silos.</summary>
public static class SandboxTestCluster
{
    public static async Task<TestCluster> StartAsync(short silos, string? storageDirectory = null)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        builder.AddSiloBuilderConfigurator<SandboxTestSilo>();
        if (storageDirectory is not null) builder.Properties[SandboxTestSilo.StorageKey] = storageDirectory;
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
