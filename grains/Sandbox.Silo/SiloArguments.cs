using Sandbox.Grains.Hosting;

namespace Sandbox.Silo;

/// <summary>
/// The worker silo's command line: <c>--redis HOST:PORT</c> to join a cluster (ports default to free ones, so
/// several workers can share a machine), <c>--storage DIR</c> for an embedded silo with file storage,
/// <c>--silo-port</c>, <c>--gateway-port</c>, <c>--cluster-id</c>.
/// </summary>
internal static class SiloArguments
{
    public static SandboxClusterOptions Parse(string[] args)
    {
        var options = new SandboxClusterOptions();
        bool portsGiven = false;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--redis": options.Redis = Value(); break;
                case "--storage": options.StorageDirectory = Value(); break;
                case "--cluster-id": options.ClusterId = Value(); break;
                case "--silo-port": options.SiloPort = int.Parse(Value()); portsGiven = true; break;
                case "--gateway-port": options.GatewayPort = int.Parse(Value()); portsGiven = true; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}' (expected --redis, --storage, --cluster-id, --silo-port, --gateway-port)");
            }
        }
        if (options.IsCluster && !portsGiven) options.FreePorts();
        return options;
    }
}
