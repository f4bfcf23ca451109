using System.Net.Http.Json;
using Sandbox.Dashboard.About;

namespace Sandbox.Dashboard.Tests;

/// <summary>The About page's API: assumptions and sources at once, and the quick validation run in the background with progress.</summary>
[Collection(DashboardCollection.Name)]
public sealed class AboutApiTests(DashboardHost host)
{
    /// <summary>Starts the quick suite (or joins the run under way) and waits for a table; shared with the browser test.</summary>
    internal static async Task<AboutView> QuickValidation(HttpClient http)
    {
        var started = await http.PostAsync("/api/about/validation?quick=true", null);
        started.EnsureSuccessStatusCode();
        var until = DateTime.UtcNow.AddMinutes(10);
        ValidationStatus status;
        do
        {
            await Task.Delay(500);
            status = (await http.GetFromJsonAsync<ValidationStatus>("/api/about/validation", DashboardHost.Json))!;
        } while (status.Running && DateTime.UtcNow < until);
        Assert.Null(status.Error);
        return (await http.GetFromJsonAsync<AboutView>("/api/about", DashboardHost.Json))!;
    }

    [Fact]
    public async Task About_gives_assumptions_and_sources_without_running_anything()
    {
        using var http = host.Http();
        var about = (await http.GetFromJsonAsync<AboutView>("/api/about", DashboardHost.Json))!;
        Assert.Contains("<h", about.AboutHtml);
        Assert.NotEmpty(about.Sources);
        Assert.All(about.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Source)));
    }

    [Fact]
    public async Task Quick_validation_runs_in_the_background_and_fills_the_table()
    {
        using var http = host.Http();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var started = await http.PostAsync("/api/about/validation?quick=true", null);
        // The request returns at once: the suite runs off the request thread.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        var status = (await started.Content.ReadFromJsonAsync<ValidationStatus>(DashboardHost.Json))!;
        Assert.True(status.Running || status.Done > 0);
        var about = await QuickValidation(http);
        var table = about.Validation!;
        Assert.NotEmpty(table.Rows);
        Assert.All(table.Rows, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
            Assert.False(string.IsNullOrWhiteSpace(r.Target));
            Assert.Contains(r.Status, new[] { "pass", "fail", "reference" });
        });
        Assert.Equal(table.Rows.Count(r => r.Status == "pass"), table.Passed);
        Assert.Contains("published figures", table.Summary);
    }
}
