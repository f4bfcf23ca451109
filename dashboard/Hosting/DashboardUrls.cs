namespace Sandbox.Dashboard.Hosting;

/// <summary>
/// The address the dashboard listens on: http://127.0.0.1:5000 unless ASPNETCORE_URLS, --urls or "Urls" says
/// otherwise. Loopback by default, because the dashboard is a workstation tool until someone decides to share it.
/// </summary>
public static class DashboardUrls
{
    public const string Default = "http://127.0.0.1:5000";

    public static IWebHostBuilder UseDefaultDashboardUrl(this IWebHostBuilder web, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["urls"]) && string.IsNullOrWhiteSpace(configuration["ASPNETCORE_URLS"]))
            web.UseUrls(Default);
        return web;
    }

    /// <summary>Logs where to point the browser once Kestrel has bound its addresses.</summary>
    public static void LogUrlsOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
                app.Logger.LogInformation("Dashboard ready: open {Url} in a browser", url);
        });
    }
}
