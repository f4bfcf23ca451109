using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using Sandbox.Grains.Experiments;
using Sandbox.Grains.Live;
using StackExchange.Redis;

namespace Sandbox.Grains.Hosting;

/// <summary>
/// One call for any host to run a sandbox silo: <see cref="AddSandboxSilo"/> forms or joins the cluster the
/// options describe and adds everything the sandbox grains need. <see cref="AddSandboxGrains"/> is the same
/// without clustering, for hosts that bring their own (tests on TestingHost).
/// </summary>
public static class SandboxSiloExtensions
{
    public static ISiloBuilder AddSandboxSilo(this ISiloBuilder silo, SandboxClusterOptions options)
    {
        if (options.IsCluster)
        {
            silo.UseRedisClustering(options.Redis!)
                .ConfigureEndpoints(options.AdvertisedAddress, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            silo.Configure<ClusterOptions>(c =>
            {
                c.ClusterId = options.ClusterId;
                c.ServiceId = options.ServiceId;
            });
        }
        else
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        }
        return silo.AddSandboxGrains(options);
    }

    /// <summary>Storage, reminders and services of the sandbox grains, per the options' mode.</summary>
    public static ISiloBuilder AddSandboxGrains(this ISiloBuilder silo, SandboxClusterOptions options)
    {
        if (options.IsCluster)
        {
            var redis = ConfigurationOptions.Parse(options.Redis!);
            silo.AddRedisGrainStorage(SandboxStorage.Name, o => o.Configure<Serializer>((storage, serializer) =>
            {
                storage.ConfigurationOptions = redis;
                storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
            silo.UseRedisReminderService(o => o.ConfigurationOptions = redis);
        }
        else
        {
            if (options.StorageDirectory is { } directory)
                silo.Services.AddGrainStorage(SandboxStorage.Name, (sp, _) =>
                    new FileGrainStorage(directory, sp.GetRequiredService<Serializer>(), sp.GetRequiredService<IActivatorProvider>()));
            else
                silo.AddMemoryGrainStorage(SandboxStorage.Name, o => o.Configure<Serializer>((storage, serializer) =>
                    storage.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer)));
            silo.UseInMemoryReminderService();
        }

        silo.Services.AddSingleton<LiveRunCatalog>();
        silo.Services.Configure<LiveEngineOptions>(o => o.FanOut = options.LiveFanOut);
        silo.Services.Configure<ExperimentOptions>(o => o.RunsPerSilo = options.RunsPerSilo);
        return silo;
    }

    /// <summary>Hosts a sandbox silo in a generic host (cli/ `sandbox silo`, dashboard co-hosting, Sandbox.Silo).</summary>
    public static IHostBuilder UseSandboxSilo(this IHostBuilder host, SandboxClusterOptions options) =>
        host.UseOrleans(silo => silo.AddSandboxSilo(options));
}
