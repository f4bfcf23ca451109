using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sandbox.Grains.Hosting;
using Sandbox.Silo;

var options = SiloArguments.Parse(args);
using var host = Host.CreateDefaultBuilder()
    .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
    .UseSandboxSilo(options)
    .Build();
await host.StartAsync();
Console.WriteLine($"sandbox silo ready: silo port {options.SiloPort}, gateway port {options.GatewayPort}, {(options.IsCluster ? "redis " + options.Redis : "embedded")}");
await host.WaitForShutdownAsync();
