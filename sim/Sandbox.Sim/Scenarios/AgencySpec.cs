using Sandbox.Sim.Model;

namespace Sandbox.Sim.Scenarios;

/// <summary>
/// One agency: the PES or a partner service treating some barrier types. Capacity is staff × caseload norm
/// (MODEL.md "Agents"), cost is activity-based (contact hours × hourly cost) and capped by an annual budget.
/// </summary>
public sealed class AgencySpec
{
    public AgencyKind Kind { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Barrier keys this agency treats (housing, health, mobility, debt, family, skills, admin).</summary>
    public List<string> Treats { get; set; } = [];

    [Param(0, 10_000, Unit = "FTE", Source = "assumption: sized to the default population; see scenarios/baseline.json")]
    public double Staff { get; set; } = 5;

    [Param(1, 400, Unit = "clients per FTE", Source = "002 box 6: dedicated counsellor 70–100 clients; Pôle emploi norms ≤70 intensive, 100–150 guided, 200–350 monitoring")]
    public double CaseloadPerStaff { get; set; } = 30;

    [Param(0.05, 40, Unit = "hours per client-week", Source = "assumption (MODEL.md 'Costs': no sourced caseworker time was found)")]
    public double ContactHours { get; set; } = 1.0;

    [Param(0, 500, Unit = "EUR per hour", Source = "assumption (MODEL.md 'Costs': no sourced caseworker hourly cost was found)")]
    public double CostPerHour { get; set; } = 45;

    [Param(0, 1e10, Unit = "EUR per year", Source = "assumption: annual funding cycle (002: 'separate annual funding cycles'); 0 = unlimited")]
    public double BudgetPerYear { get; set; } = 0;

    [Param(1, 104, Unit = "weeks", Source = "002 box 4: training 'for up to ten months'; assumption per agency in scenarios/baseline.json")]
    public int TreatmentWeeks { get; set; } = 8;

    [Param(0, 1, Unit = "probability", Source = "assumption: a completed course resolves the barrier with this probability, else lowers its severity one level")]
    public double ResolveProbability { get; set; } = 0.6;

    [Param(0, 1, Unit = "probability", Source = "002 box 2: profiling 'instrumental in detecting barriers ... that might not be obvious'; assumption per agency")]
    public double DetectionAccuracy { get; set; } = 0.8;

    public AgencySpec Clone()
    {
        var c = (AgencySpec)MemberwiseClone();
        c.Treats = [.. Treats];
        return c;
    }
}
