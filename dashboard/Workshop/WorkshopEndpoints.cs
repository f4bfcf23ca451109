using Microsoft.Extensions.DependencyInjection.Extensions;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Workshop.Handout;

namespace Sandbox.Dashboard.Workshop;

/// <summary>
/// Workshop mode over HTTP: the shipped workshops and their facilitator scripts, the participant page behind the
/// join link (/w/CODE), and the handout PDF. Everything that changes a session goes through <see cref="WorkshopHub"/>.
/// </summary>
public static class WorkshopEndpoints
{
    public static void MapWorkshop(this WebApplication app)
    {
        var api = app.MapGroup("/api/workshops");
        api.MapGet("/", () => ApiResults.Guard(() => Results.Ok(WorkshopLibrary.List())));
        api.MapGet("/{name}", (string name) => ApiResults.Guard(() =>
        {
            var plan = WorkshopLibrary.Load(name);
            return Results.Ok(new { plan, script = WorkshopLibrary.Script(plan) });
        }));
        // The session id is 64 random bits that only the room knows; the handout shows nothing the room has not seen.
        api.MapGet("/sessions/{sessionId}/handout.pdf", (string sessionId, WorkshopSessions sessions) => ApiResults.Guard(async () =>
        {
            var session = sessions.Get(sessionId);
            return Results.File(await WorkshopHandout.BuildAsync(session), "application/pdf", $"workshop-{session.Code.ToLowerInvariant()}-week-{session.Timeline.Week}.pdf");
        }));

        // The join link and the join page: a separate, small entry so a phone loads only the participant view.
        app.MapGet("/w/{code?}", (IWebHostEnvironment env) => Results.File(env.WebRootFileProvider.GetFileInfo("join.html").CreateReadStream(), "text/html; charset=utf-8"));
        app.MapHub<WorkshopHub>("/hubs/workshop", o => o.TransportMaxBufferSize = 1024 * 1024);
    }

    public static WebApplicationBuilder AddWorkshop(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<WorkshopOptions>(builder.Configuration.GetSection(WorkshopOptions.Section));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IWorkshopPublisher, HubWorkshopPublisher>();
        builder.Services.AddSingleton<WorkshopSessions>();
        return builder;
    }
}
