using Orleans.Dashboard;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Live;
using Sandbox.Grains.Hosting;

namespace Sandbox.Dashboard.Hosting;

/// <summary>
/// The Orleans silo this process co-hosts with the sandbox grains: the embedded default of ARCHITECTURE.md
/// (localhost clustering, in-memory state) unless "Orleans:Redis" names a cluster to join. Ports come from
/// "Orleans:SiloPort" and "Orleans:GatewayPort" so several hosts can share a machine. "Dashboard:Engine" picks
/// what live runs and experiments run on: "orleans" (default) or "kernel" (in-process, for a laptop demo).
/// </summary>
public static class EmbeddedSilo
{
    public static WebApplicationBuilder AddEmbeddedSilo(this WebApplicationBuilder builder)
    {
        var cluster = new SandboxClusterOptions
        {
            Redis = builder.Configuration["Orleans:Redis"],
            SiloPort = builder.Configuration.GetValue("Orleans:SiloPort", 11111),
            GatewayPort = builder.Configuration.GetValue("Orleans:GatewayPort", 30000),
        };
        builder.UseOrleans(silo =>
        {
            silo.AddSandboxSilo(cluster);
            silo.AddDashboard();
        });

        if (string.Equals(builder.Configuration["Dashboard:Engine"], "kernel", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSingleton<ILiveEngineFactory, KernelEngineFactory>();
            builder.Services.AddKeyedSingleton<IExperiments, InProcessExperiments>(ExperimentRouter.EngineKey);
        }
        else
        {
            builder.Services.AddSingleton<ILiveEngineFactory, GrainEngineFactory>();
            builder.Services.AddKeyedSingleton<IExperiments, GrainExperiments>(ExperimentRouter.EngineKey);
        }
        return builder;
    }
}
