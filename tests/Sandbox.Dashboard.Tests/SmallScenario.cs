using System.Text.Json;
using Sandbox.Dashboard.Scenarios;

namespace Sandbox.Dashboard.Tests;

/// <summary>
/// The small scenario the tests run: 400 jobseekers at the start, 8 a week, 40 weeks, agencies scaled down with
/// the population so waiting lists still form. Built as a <see cref="ScenarioRequest"/>, exactly as the editor sends it.
/// </summary>
public static class SmallScenario
{
    public static ScenarioRequest Request(string? level = null, int stock = 400, double inflow = 8, int weeks = 40) => new()
    {
        Base = "baseline",
        Level = level,
        Overrides = new Dictionary<string, JsonElement>
        {
            ["population.initialStock"] = Number(stock),
            ["population.weeklyInflow"] = Number(inflow),
            ["weeks"] = Number(weeks),
            ["labourMarket.employers"] = Number(20),
            ["agencies.pes.staff"] = Number(40.0 * stock / 5000),
            ["agencies.social.staff"] = Number(8.0 * stock / 5000),
            ["agencies.health.staff"] = Number(5.0 * stock / 5000),
            ["agencies.housing.staff"] = Number(4.0 * stock / 5000),
            ["agencies.training.staff"] = Number(6.0 * stock / 5000),
            ["agencies.debt.staff"] = Number(3.0 * stock / 5000),
        },
    };

    public static JsonElement Number(double v) => JsonSerializer.SerializeToElement(v);

    /// <summary>The same overrides as a JSON object for the browser's sessionStorage.</summary>
    public static string BrowserState(int stock, double inflow, int weeks) =>
        JsonSerializer.Serialize(new { @base = "baseline", overrides = Request(null, stock, inflow, weeks).Overrides });
}
