using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Sandbox.Grains.Hosting;

/// <summary>
/// One call for a host that joins a sandbox cluster as a client (cli/ against a running cluster, a
/// dashboard that is not a silo): the embedded cluster's localhost gateway, or the Redis cluster's gateways.
/// </summary>
public static class SandboxClientExtensions
{
    public static IClientBuilder AddSandboxClient(this IClientBuilder client, SandboxClusterOptions options)
    {
        if (options.IsCluster)
        {
            client.UseRedisClustering(options.Redis!);
            client.Configure<ClusterOptions>(c =>
            {
                c.ClusterId = options.ClusterId;
                c.ServiceId = options.ServiceId;
            });
        }
        else
        {
            client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
        }
        return client;
    }

    public static IHostBuilder UseSandboxClient(this IHostBuilder host, SandboxClusterOptions options) =>
        host.UseOrleansClient(client => client.AddSandboxClient(options));
}
