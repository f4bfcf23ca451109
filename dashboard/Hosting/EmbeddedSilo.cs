using Orleans.Dashboard;

namespace Sandbox.Dashboard.Hosting;

/// <summary>
/// The Orleans silo this process co-hosts: the embedded default of ARCHITECTURE.md (localhost clustering,
/// in-memory storage), with the Orleans dashboard's data collection. Ports come from "Orleans:SiloPort" and
/// "Orleans:GatewayPort" so tests can run several hosts side by side.
/// </summary>
public static class EmbeddedSilo
{
    public static WebApplicationBuilder AddEmbeddedSilo(this WebApplicationBuilder builder)
    {
        int siloPort = builder.Configuration.GetValue("Orleans:SiloPort", 11111);
        int gatewayPort = builder.Configuration.GetValue("Orleans:GatewayPort", 30000);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort);
            silo.AddMemoryGrainStorageAsDefault();
            silo.AddDashboard();
        });
        return builder;
    }
}
