using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Dashboard.Live;

namespace Sandbox.Dashboard.Tests;

/// <summary>
/// One dashboard for the whole test run, on real Kestrel (a free loopback port) so the SignalR client, 200 viewers
/// and a real browser all reach it the way users do. The co-hosted silo gets free ports too, and the operator
/// password is fixed so the sign-in test can use it.
/// </summary>
public class DashboardHost : WebApplicationFactory<Program>
{
    public const string AdminPassword = "test-operator-password";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private Uri? _address;

    public DashboardHost() => UseKestrel(0);

    public Uri Address
    {
        get
        {
            if (_address is not null) return _address;
            StartServer();
            string url = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return _address = new Uri(url.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    /// <summary>The engine behind live runs and experiments: the Orleans default, or "kernel".</summary>
    protected virtual string Engine => "orleans";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Dashboard:Engine", Engine);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Dashboard:AdminPassword", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public HttpClient Http() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    public async Task<HubConnection> ConnectAsync(string hub = "/hubs/live")
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Address, hub), o => o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets)
            .AddJsonProtocol(o =>
            {
                o.PayloadSerializerOptions.NumberHandling = Json.NumberHandling;
                o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>
/// The same dashboard with live runs and experiments on the in-process kernel ("Dashboard:Engine": "kernel"), whose
/// starts answer late (<see cref="LateStartRuns"/>) as on a busy machine.
/// </summary>
public sealed class KernelDashboardHost : DashboardHost
{
    protected override string Engine => "kernel";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<LiveRuns>();
            services.AddSingleton<ILiveRuns>(sp => new LateStartRuns(sp.GetRequiredService<LiveRuns>()));
        });
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardHost>
{
    public const string Name = "dashboard";
}
