using Orleans.Dashboard;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Hubs;
using Sandbox.Dashboard.Workshop;

namespace Sandbox.Dashboard.Hosting;

/// <summary>The dashboard's pipeline: static front-end, JSON API, the hub, and the Orleans dashboard behind sign-in.</summary>
public static class DashboardEndpoints
{
    public static WebApplication MapSandboxDashboard(this WebApplication app)
    {
        app.LogUrlsOnStart();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRequestBodyErrors();

        app.MapScenarioEndpoints();
        app.MapRunEndpoints();
        app.MapExperimentEndpoints();
        app.MapResearchEndpoints();
        app.MapExportEndpoints();
        app.MapAboutEndpoints();
        app.MapGet("/api/version", () => Results.Ok(new { version = AppVersion.Text }));
        // A megabyte of outgoing buffer per connection (about a thousand weekly frames) before a slow viewer holds a run back.
        app.MapHub<LiveHub>("/hubs/live", o => o.TransportMaxBufferSize = 1024 * 1024);
        app.MapWorkshop();
        app.MapAdminLogin();
        app.MapOrleansDashboard("/orleans").RequireAuthorization(AdminAuthentication.Policy);
        return app;
    }
}
