using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Model;

/// <summary>Small, fast variants of the baseline for tests: same mechanisms and effect sizes, fewer people and weeks.</summary>
internal static class SmallScenarios
{
    public static Scenario Baseline(int stock = 1500, double inflow = 30, int weeks = 104, long seed = 7)
    {
        var s = ScenarioLibrary.BaselineScenario();
        s.Seed = seed;
        s.Weeks = weeks;
        s.Population.InitialStock = stock;
        s.Population.WeeklyInflow = inflow;
        s.LabourMarket.Employers = 60;
        // Agencies scaled with the population so waiting lists behave as in the full-size baseline.
        double scale = stock / (double)ScenarioLibrary.BaselineScenario().Population.InitialStock;
        foreach (var a in s.Agencies)
        {
            a.Staff *= scale;
            a.BudgetPerYear *= scale;
        }
        return s;
    }

    public static Scenario At(IntegrationLevel level, int stock = 1500, int weeks = 104, long seed = 7) =>
        Baseline(stock, stock / 50.0, weeks, seed).WithLevel(level);
}
