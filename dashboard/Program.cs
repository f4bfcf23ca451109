using Sandbox.Dashboard.Hosting;

// The policymaker's dashboard: `dotnet run --project dashboard`, then open the URL it logs.
// Wiring lives in Hosting/: services in AddSandboxDashboard, endpoints and the hub in MapSandboxDashboard.
var builder = WebApplication.CreateBuilder(args);
builder.AddSandboxDashboard();

var app = builder.Build();
app.MapSandboxDashboard();
app.Run();

/// <summary>Entry point, public so the test project's WebApplicationFactory can host the same app.</summary>
public partial class Program;
