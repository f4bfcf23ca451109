using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Sandbox.Dashboard.About;
using Sandbox.Dashboard.Api;
using Sandbox.Sim.Validation;

namespace Sandbox.Dashboard.Tests;

/// <summary>
/// The About page: the validation table run on the server (the quick suite on first visit) must be the suite's
/// own result, every published figure with its source and verdict, beside the plain-language assumptions and limits.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class AboutTests(DashboardHost host)
{
    [Fact]
    public async Task The_validation_table_is_the_suite_own_result_with_sources_and_verdicts()
    {
        using var http = host.Http();
        var state = await FinishedAsync(http);
        var report = state.Report!;
        // The suite is deterministic: the same quick run here gives the same rows and verdicts.
        var expected = ValidationSuite.Run(quick: true);
        var checks = report.Facts.SelectMany(f => f.Checks.Select(c => (f, c))).ToArray();
        Assert.Equal(expected.Rows.Count, checks.Length);
        foreach (var row in expected.Rows)
        {
            var (fact, check) = Assert.Single(checks, x => x.f.Id == row.FactId && x.c.Id == row.CheckId);
            Assert.Equal(row.Source, fact.Source);
            Assert.Equal(row.Status.ToString().ToLowerInvariant(), check.Status);
            Assert.Equal(row.Model.Mean, check.Mean, 12);
            Assert.Equal(row.KnownLimit, check.KnownLimit);
        }
        Assert.Equal(expected.Passed, report.Passed);
        Assert.Contains($"{expected.Passed} of", report.Summary);

        var html = await http.GetStringAsync("/api/about/validation.html");
        Assert.Contains("Does the model reproduce what is known?", html);
        Assert.Equal(expected.Passed, html.Split("<tr class=\"pass\">").Length - 1);
    }

    [Fact]
    public async Task An_unknown_mode_is_refused_naming_the_field_and_what_is_allowed()
    {
        using var http = host.Http();
        var response = await http.PostAsync("/api/about/validation?mode=thorough", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<ApiError>(DashboardHost.Json);
        Assert.Equal("mode", error!.Field);
        Assert.Equal("thorough", error.Value);
        Assert.Equal("quick or full", error.Allowed);
        // The refusal starts nothing and loses nothing: the page still serves its last state.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/about/validation")).StatusCode);
    }

    [Fact]
    public async Task The_page_shows_every_figure_its_verdict_and_the_assumptions()
    {
        using (var http = host.Http()) await FinishedAsync(http);
        var expected = ValidationSuite.Run(quick: true);
        await using var browser = await BrowserSession.OpenAsync(host.Address);
        var page = browser.Page;
        await page.GotoAsync("/#/about");
        await page.Locator("main[data-ready='true']").WaitForAsync();
        Assert.Equal(expected.Rows.Count, await page.Locator("#validation-table tr.check").CountAsync());
        Assert.Equal(expected.Passed, await page.Locator("#validation-table tr.check.pass").CountAsync());
        Assert.Equal(expected.Failed, await page.Locator("#validation-table tr.check.fail").CountAsync());
        await Assertions.Expect(page.Locator("#validation-summary")).ToContainTextAsync($"{expected.Passed} of");
        if (expected.KnownLimits > 0)
            await Assertions.Expect(page.Locator("#validation-table tr.check.fail .muted").First).ToContainTextAsync("Known limit");
        // The plain-language text: assumptions and known limits from scenarios/validation/ABOUT.md.
        Assert.True(await page.Locator("#about-text h2, #about-text h3").CountAsync() >= 2, "the About text has its sections");
        await browser.ScreenshotAsync("8-about");
    }

    private static async Task<ValidationState> FinishedAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var state = await http.GetFromJsonAsync<ValidationState>("/api/about/validation", DashboardHost.Json);
            if (state!.Report is not null && state.Running is null) return state;
            Assert.Null(state.Error);
            Assert.True(DateTime.UtcNow < deadline, $"validation did not finish: {JsonSerializer.Serialize(state)}");
            await Task.Delay(250);
        }
    }
}
