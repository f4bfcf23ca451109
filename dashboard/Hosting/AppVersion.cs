using System.Reflection;

namespace Sandbox.Dashboard.Hosting;

/// <summary>The application version written into every export and reproduction bundle.</summary>
public static class AppVersion
{
    public static readonly string Text =
        typeof(AppVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(AppVersion).Assembly.GetName().Version?.ToString() ?? "0.0.0";
}
