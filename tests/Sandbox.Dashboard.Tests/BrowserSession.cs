using Microsoft.Playwright;

namespace Sandbox.Dashboard.Tests;

/// <summary>
/// Debian's chromium driven by Playwright (no browser download: CHROMIUM_PATH or /usr/bin/chromium), one fresh
/// page per test at a desktop size, with screenshots saved under TestResults/dashboard-screenshots.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] Args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }

    public static async Task<BrowserSession> OpenAsync(Uri baseAddress, string? sessionScript = null)
    {
        string path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"Chromium not found at {path}: apt-get install chromium (CI's .ci/run does).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = path, Headless = true, Args = Args });
        var context = await browser.NewContextAsync(new() { BaseURL = baseAddress.ToString(), ViewportSize = new() { Width = 1440, Height = 900 }, AcceptDownloads = true });
        if (sessionScript is not null) await context.AddInitScriptAsync(sessionScript);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return new BrowserSession(playwright, browser, context, page);
    }

    /// <summary>sessionStorage set before the app starts, as if the user had already chosen these.</summary>
    public static string Session(params (string Key, string Json)[] items) =>
        "if (!sessionStorage.getItem('__seeded')) {" + string.Concat(items.Select(i => $"sessionStorage.setItem('{i.Key}', {System.Text.Json.JsonSerializer.Serialize(i.Json)});"))
        + "sessionStorage.setItem('__seeded', '1'); }";

    public async Task ScreenshotAsync(string name, bool fullPage = true) =>
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Measurements.Folder("dashboard-screenshots"), name + ".png"), FullPage = fullPage });

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
