using Microsoft.Playwright;

namespace Sandbox.Dashboard.Tests;

/// <summary>
/// The researchers' experiments in a real browser: launch a multi-setting sweep and a
/// sensitivity analysis from the form, see their charts and tables and download the report, and be told which
/// field is wrong.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ResearchBrowserTests(DashboardHost host)
{
    private static string Scenario() => SmallScenario.BrowserState(400, 8, 30);

    private static async Task Launch(IPage page, string kind)
    {
        await page.GotoAsync("/#/experiments");
        await page.SelectOptionAsync("#experiment-kind", kind);
        await page.Locator(".range-row .range-path option[value='labourMarket.vacancyRate']").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.FillAsync("#experiment-replications", "1");
    }

    [Fact]
    public async Task Launch_a_two_setting_sweep_and_see_its_charts_tables_and_report()
    {
        await using var browser = await BrowserSession.OpenAsync(host.Address, BrowserSession.Session(("scenario", Scenario())));
        var page = browser.Page;
        await Launch(page, "multisweep");
        await page.SelectOptionAsync("#design", "grid");
        await page.FillAsync("#design-size", "2");
        await page.FillAsync("#outputs", "sustained26Rate");
        await page.ClickAsync("#launch");
        await page.Locator("#results[data-kind='sweep']").WaitForAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#results .headlines li").First).ToContainTextAsync("Best point for");
        await Assertions.Expect(page.Locator("[data-chart^='effect-'] canvas")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-table='sweep'] tbody tr")).ToHaveCountAsync(4);
        var report = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report-html"));
        string file = Path.Combine(Measurements.Folder("dashboard-screenshots"), "report-" + report.SuggestedFilename);
        await report.SaveAsAsync(file);
        Assert.Contains("Sweep of mechanisms.pooledBudget, labourMarket.vacancyRate", await File.ReadAllTextAsync(file));
        await page.WaitForTimeoutAsync(300);
        await browser.ScreenshotAsync("8-experiments-sweep");
    }

    [Fact]
    public async Task Launch_a_sensitivity_analysis_and_see_the_tornado()
    {
        await using var browser = await BrowserSession.OpenAsync(host.Address, BrowserSession.Session(("scenario", Scenario())));
        var page = browser.Page;
        await Launch(page, "sensitivity");
        await page.SelectOptionAsync("#sens-method", "morris");
        await page.FillAsync("#sens-size", "2");
        await page.FillAsync("#outputs", "sustained26Rate");
        await page.ClickAsync("#launch");
        await page.Locator("#results[data-kind='sensitivity']").WaitForAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("[data-chart='tornado-sustained26Rate'] canvas")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-table='morris'] tbody tr")).ToHaveCountAsync(2);
        await page.WaitForTimeoutAsync(300);
        await browser.ScreenshotAsync("9-experiments-sensitivity");
    }

    [Fact]
    public async Task A_range_outside_the_setting_is_refused_naming_the_setting()
    {
        await using var browser = await BrowserSession.OpenAsync(host.Address, BrowserSession.Session(("scenario", Scenario())));
        var page = browser.Page;
        await Launch(page, "multisweep");
        await page.Locator(".range-row .range-max").First.FillAsync("7");
        await page.ClickAsync("#launch");
        await Assertions.Expect(page.Locator("#form-error")).ToContainTextAsync("mechanisms.pooledBudget");
    }
}
