using Sandbox.Sim.Rules;

namespace Sandbox.Sim.Engine;

/// <summary>
/// Annual funding cycles (002: "separate annual funding cycles"). Each agency spends its own budget share; a
/// pooled share goes into a common pot any agency past its own share may draw on. An agency with nothing
/// left stops admitting until the next cycle, so waiting lists grow toward the year's end.
/// </summary>
public sealed class BudgetLedger(int agencies)
{
    private readonly double[] _spent = new double[agencies];
    private ModelParameters? _p;
    private int _year;

    /// <summary>Service spending (staff + coordination) this cycle per agency, for observers.</summary>
    public ReadOnlySpan<double> SpentThisYear => _spent;

    /// <summary>Opens the week under its parameters (budgets and pooling may change along a reform path).</summary>
    public void StartWeek(WeekContext ctx)
    {
        _p = ctx.P;
        int year = ctx.Week / 52;
        if (year == _year) return;
        _year = year;
        Array.Clear(_spent);
    }

    /// <summary>Takes over another ledger's spending this cycle (a fork continues from it).</summary>
    public void CopyFrom(BudgetLedger other)
    {
        Array.Copy(other._spent, _spent, _spent.Length);
        _year = other._year;
    }

    public void Record(ReadOnlySpan<double> weekCosts)
    {
        for (int a = 0; a < _spent.Length; a++)
            _spent[a] += weekCosts[a * CostRules.Categories + (int)CostCategory.Staff]
                         + weekCosts[a * CostRules.Categories + (int)CostCategory.Coordination];
    }

    public bool IsOpen(int agency)
    {
        var p = _p ?? throw new InvalidOperationException("StartWeek first");
        double budget = p.Agencies[agency].BudgetPerYear;
        if (budget <= 0) return true; // no cap
        double share = p.Mechanisms.PooledBudget;
        double own = (1 - share) * budget;
        if (_spent[agency] < own) return true;
        double pool = 0, drawn = 0;
        for (int a = 0; a < _spent.Length; a++)
        {
            double b = p.Agencies[a].BudgetPerYear;
            if (b <= 0) continue;
            pool += share * b;
            drawn += Math.Max(0, _spent[a] - (1 - share) * b);
        }
        return drawn < pool;
    }
}
