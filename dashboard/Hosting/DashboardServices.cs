using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.SignalR;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Experiments.Reports;
using Sandbox.Dashboard.Experiments.Research;
using Sandbox.Dashboard.Hubs;
using Sandbox.Dashboard.Live;
using Sandbox.Dashboard.Scenarios;
using Sandbox.Dashboard.Workshop;

namespace Sandbox.Dashboard.Hosting;

/// <summary>Service wiring of the dashboard, so Program.cs stays a handful of lines.</summary>
public static class DashboardServices
{
    public static WebApplicationBuilder AddSandboxDashboard(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseDefaultDashboardUrl(builder.Configuration);
        var section = builder.Configuration.GetSection(DashboardOptions.Section);
        builder.Services.Configure<DashboardOptions>(section);
        var options = section.Get<DashboardOptions>() ?? new DashboardOptions();

        builder.Services.Configure<JsonOptions>(o => Configure(o.SerializerOptions));
        // An unreadable body throws instead of ending as a bare 400, so RequestBodyErrors can say what was wrong.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = options.MaxMessageBytes;
                o.EnableDetailedErrors = false;
                o.AddFilter<HubGuard>();
            })
            .AddJsonProtocol(o => Configure(o.PayloadSerializerOptions));

        builder.Services.AddSingleton<HubGuard>();
        builder.Services.AddSingleton<HubArguments>();
        builder.Services.AddSingleton<RunControl>();
        builder.Services.AddSingleton<ScenarioShelf>();
        builder.Services.AddSingleton<ScenarioResolver>();
        builder.Services.AddSingleton<ILiveRunPublisher, HubLivePublisher>();
        builder.Services.AddSingleton<ILiveRuns, LiveRuns>();
        builder.Services.AddSingleton<IExperimentPublisher, HubExperimentPublisher>();
        builder.Services.AddSingleton<ExperimentPlanner>();
        builder.Services.AddSingleton<PlanExecution>();
        builder.Services.AddSingleton<ResearchPlanner>();
        builder.Services.AddSingleton<ResearchExperiments>();
        builder.Services.AddSingleton<IExperiments, ExperimentRouter>();
        builder.Services.AddSingleton<ExperimentFolders>();
        builder.Services.AddSingleton<About.ValidationRuns>();
        builder.AddWorkshop();
        builder.AddEmbeddedSilo();
        builder.AddAdminAuthentication(options);
        return builder;
    }

    /// <summary>
    /// One JSON dialect for API and hub: camelCase, enums as camelCase names, and NaN written as the string
    /// "NaN" (the model uses NaN for "not defined yet", e.g. cost per sustained job before the first one).
    /// </summary>
    private static void Configure(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        o.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }
}
