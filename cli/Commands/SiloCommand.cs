using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sandbox.Cli.Input;
using Sandbox.Grains.Hosting;

namespace Sandbox.Cli.Commands;

/// <summary>
/// <c>sandbox silo --redis HOST:PORT</c>: a worker silo that joins the cluster named by one Redis connection
/// string and takes experiment runs until stopped (Ctrl+C). Without <c>--redis</c> it is an embedded silo,
/// with <c>--storage DIR</c> keeping experiments on disk so a restart can resume them.
/// </summary>
internal static class SiloCommand
{
    public static Command Create(CliContext context)
    {
        var redis = new Option<string?>("--redis") { Description = "Redis HOST:PORT holding cluster membership and grain state" };
        var storage = new Option<string?>("--storage") { Description = "Directory for grain state when not on Redis (embedded silo)" };
        var clusterId = new Option<string?>("--cluster-id") { Description = "Cluster id (default: sandbox)" };
        var siloPort = new Option<int?>("--silo-port") { Description = "Silo-to-silo port, 1–65535 (default: a free port when joining Redis)" };
        var gatewayPort = new Option<int?>("--gateway-port") { Description = "Client gateway port, 1–65535 (default: a free port when joining Redis)" };
        var command = new Command("silo", "Start a worker silo that joins a cluster and runs experiment runs") { redis, storage, clusterId, siloPort, gatewayPort };
        command.SetAction(parse =>
        {
            var options = new SandboxClusterOptions
            {
                Redis = parse.GetValue(redis) is { } r ? Flags.Redis("--redis", r) : null,
                StorageDirectory = parse.GetValue(storage),
            };
            options.ClusterId = Flags.ClusterId("--cluster-id", parse.GetValue(clusterId), options.ClusterId);
            int? silo = ValidPort("--silo-port", parse.GetValue(siloPort));
            int? gateway = ValidPort("--gateway-port", parse.GetValue(gatewayPort));
            if (options.IsCluster && silo is null && gateway is null) options.FreePorts();
            if (silo is { } s) options.SiloPort = s;
            if (gateway is { } g) options.GatewayPort = g;

            using var host = Host.CreateDefaultBuilder()
                .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
                .UseSandboxSilo(options)
                .Build();
            host.StartAsync(context.Cancellation).GetAwaiter().GetResult();
            context.Console.Out.WriteLine($"sandbox silo ready: silo port {options.SiloPort}, gateway port {options.GatewayPort}, " +
                                          (options.IsCluster ? "cluster on redis " + options.Redis : "embedded"));
            try
            {
                Task.Delay(Timeout.Infinite, context.Cancellation).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: leave the cluster cleanly so other silos take over the runs at once.
            }
            host.StopAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            return 0;
        });
        return command;
    }

    private static int? ValidPort(string flag, int? port) =>
        port is null or (>= 1 and <= 65535) ? port : throw new CliInputException(flag, port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "a port from 1 to 65535");
}
