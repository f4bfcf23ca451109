using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Tests.Infrastructure;

/// <summary>Small scenarios that keep the grain tests fast, and the kernel as the reference they must match.</summary>
internal static class TestScenarios
{
    public static Scenario Small(IntegrationLevel level, int stock = 300, double inflow = 10, int weeks = 40, long seed = 7)
    {
        var s = ScenarioLibrary.BaselineScenario().WithLevel(level);
        s.Name = $"small-{level.Key()}";
        s.Population.InitialStock = stock;
        s.Population.WeeklyInflow = inflow;
        s.Weeks = weeks;
        s.Seed = seed;
        return s;
    }

    /// <summary>A scenario whose partner agencies are small enough to queue, so admissions and budgets matter.</summary>
    public static Scenario Crowded(IntegrationLevel level, int weeks = 60)
    {
        var s = Small(level, stock: 500, inflow: 12, weeks: weeks, seed: 11);
        s.Name = $"crowded-{level.Key()}";
        foreach (var a in s.Agencies.Where(a => a.Kind != AgencyKind.Pes))
        {
            a.Staff = Math.Max(1, a.Staff / 4);
            a.BudgetPerYear /= 8;
        }
        return s;
    }

    public static RunResult Kernel(Scenario scenario, IJourneySink? journey = null) =>
        new KernelSimulation(scenario, new KernelOptions { Journey = journey }).Run();

    public static string Json(Scenario scenario) => ScenarioJson.Serialize(scenario);

    public static void AssertBitIdentical(RunResult expected, RunResult actual)
    {
        Assert.Equal(expected.Weeks, actual.Weeks);
        Assert.Equal(expected.Layout.Columns, actual.Layout.Columns);
        var e = expected.Values;
        var a = actual.Values;
        Assert.Equal(e.Length, a.Length);
        for (int i = 0; i < e.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(e[i]) == BitConverter.DoubleToInt64Bits(a[i])) continue;
            var column = expected.Layout.Columns[i / expected.Weeks];
            Assert.Fail($"{column.Key} week {i % expected.Weeks}: kernel {e[i]:R}, got {a[i]:R}");
        }
    }
}
