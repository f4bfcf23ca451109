using System.Net;

namespace Sandbox.Grains.Hosting;

/// <summary>
/// How a host joins or forms a sandbox cluster. With no <see cref="Redis"/> it is the embedded default: one
/// process, localhost clustering, grain state in memory (or in files under <see cref="StorageDirectory"/>, so
/// a restarted process can resume an experiment). With a Redis connection string, clustering, grain storage
/// and reminders all live in that Redis, and any number of silos and clients on any machines join it.
/// </summary>
public sealed class SandboxClusterOptions
{
    /// <summary>A StackExchange.Redis connection string, e.g. "localhost:6379"; null for the embedded default.</summary>
    public string? Redis { get; set; }

    /// <summary>Embedded only: keep grain state in files here instead of in memory.</summary>
    public string? StorageDirectory { get; set; }

    public string ClusterId { get; set; } = "sandbox";
    public string ServiceId { get; set; } = "sandbox";

    /// <summary>Silo-to-silo port. Several silos on one machine need different ports (see <see cref="FreePorts"/>).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port clients connect to; 0 for a silo that accepts no clients.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Address other silos and clients reach this silo on (cluster mode).</summary>
    public IPAddress AdvertisedAddress { get; set; } = IPAddress.Loopback;

    /// <summary>Most jobseeker calls a live run keeps in flight.</summary>
    public int LiveFanOut { get; set; } = 256;

    /// <summary>Experiment runs kept in flight per active silo.</summary>
    public int RunsPerSilo { get; set; } = Math.Max(1, Environment.ProcessorCount);

    public bool IsCluster => !string.IsNullOrWhiteSpace(Redis);

    /// <summary>Picks two free loopback ports for <see cref="SiloPort"/> and <see cref="GatewayPort"/>.</summary>
    public SandboxClusterOptions FreePorts()
    {
        SiloPort = FreePort();
        GatewayPort = FreePort();
        return this;
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
