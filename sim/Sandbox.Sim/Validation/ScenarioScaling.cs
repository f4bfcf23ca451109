using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Validation;

/// <summary>
/// Shrinks a scenario for quick runs. Everything that counts heads (stock, inflow, agency staff and budgets,
/// employers) scales together, so caseloads per worker, waiting times and vacancies per jobseeker, which drive
/// the behaviour, stay as in the full-size scenario; only sampling noise grows.
/// </summary>
public static class ScenarioScaling
{
    public static Scenario Scale(Scenario scenario, double factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        var s = scenario.Clone();
        if (factor == 1.0) return s;
        s.Population.InitialStock = Math.Max(10, (int)Math.Round(s.Population.InitialStock * factor));
        s.Population.WeeklyInflow *= factor;
        s.LabourMarket.Employers = Math.Max(1, (int)Math.Round(s.LabourMarket.Employers * factor));
        foreach (var a in s.Agencies)
        {
            a.Staff *= factor;
            a.BudgetPerYear *= factor;
        }
        return s;
    }
}
