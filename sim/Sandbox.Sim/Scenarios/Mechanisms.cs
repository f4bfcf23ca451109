namespace Sandbox.Sim.Scenarios;

/// <summary>
/// An integration level is nothing but these settings (MODEL.md, "The four levels"). Each one acts through a
/// mechanism in the weekly rules; there is deliberately no per-level outcome multiplier anywhere.
/// Defaults are the co-location level, the lowest rung of the ILO continuum (002, figure 4).
/// </summary>
public sealed class Mechanisms
{
    [Param(0, 1, Unit = "share", Source = "002 box 3 (Ecuador): co-location removes travel between providers; 1 = every partner under one roof",
        Help = "Share of partner services on the same premises as the PES; removes travel friction from referrals and treatment.")]
    public double CoLocation { get; set; } = 1.0;

    [Param(0, 2, Source = "002: co-location 'follow-up remains ad hoc'; joint planning 'jointly designed protocols'",
        Help = "Referral follow-up protocol: appointment scheduled and information sent by the referrer, and a check that the client arrived.")]
    public Coverage FollowUp { get; set; } = Coverage.None;

    [Param(0, 2, Source = "002 (full integration: 'linked data systems'); 003 KS1-M05 single customer view",
        Help = "Shared client record: a receiving agency reads the assessment instead of repeating it, and knows every barrier found.")]
    public Coverage SharedRecord { get; set; } = Coverage.None;

    [Param(0, 2, Source = "002 box 6 (France): joint diagnosis by an employment counsellor and a social worker at first contact",
        Help = "Joint diagnosis at entry: detects hidden barriers (health, debt, administrative) that a PES-only assessment misses.")]
    public Coverage JointDiagnosis { get; set; } = Coverage.None;

    [Param(0, 2, Source = "002 box 4 (mentor + counsellor), box 6 (focal case manager); 003 KS1-M01 single point of contact; 000 (keep the same specialist)",
        Help = "A case manager who keeps the case throughout: trust grows, handoffs hurt less, nobody leaves with no agency holding the case.")]
    public Coverage CaseManager { get; set; } = Coverage.None;

    [Param(0, 2, Source = "002: 'ad hoc' at co-location, 'sequenced service streams' when mainstreamed, 'simultaneous where needed' at full integration",
        Help = "Order of referrals when a client has several barriers.")]
    public TreatmentOrder TreatmentOrder { get; set; } = TreatmentOrder.AdHoc;

    [Param(0, 1, Unit = "share", Source = "002: 'resource pooling and joint commissioning' (joint planning), 'shared budgets' (full integration)",
        Help = "Share of each agency's budget in a common pool that an agency past its own budget may draw on.")]
    public double PooledBudget { get; set; } = 0.0;

    [Param(0, 1, Unit = "index", Source = "002 box 4 (Argentina: employer partners reduced stigma), 'Involving employers in joined-up interventions'",
        Help = "Employer involvement: reduces the stigma penalty on visible barriers and vulnerable groups in hiring, and adds PES job matching.")]
    public double EmployerInvolvement { get; set; } = 0.1;

    [Param(0, 1, Unit = "index", Source = "001 ('service providers ... become competitors instead of partners'); 000 ('umbrella agreement')",
        Help = "Competition between providers for clients and funds: agencies hold on to clients and bounce hard cases back.")]
    public double Competition { get; set; } = 0.8;

    [Param(0, 5, Unit = "hours per client-week", Source = "002 ('meetings, protocols'; 'harmonised reporting'); assumption: size set per level in scenarios/levels",
        Help = "Coordination overhead: staff time spent on case conferences and reporting, taken from treatment capacity and costed.")]
    public double CoordinationHours { get; set; } = 0.0;

    [Param(0, 10_000_000, Unit = "EUR per year", Source = "assumption (MODEL.md 'Costs'): linked data systems and harmonised reporting have a running cost",
        Help = "Running cost of shared data systems, charged to IT/data whenever a shared record is in use.")]
    public double ItCostPerYear { get; set; } = 0.0;

    [Param(1, 7, Unit = "barriers", Source = "002 box 6: pathway 2 is for clients 'not yet ready' with one or more peripheral barriers; assumption: 2+ or a vulnerable flag",
        Help = "A client is in the programme's target group with at least this many barriers, or any vulnerable-group flag.")]
    public int TargetGroupMinBarriers { get; set; } = 2;

    public Mechanisms Clone() => (Mechanisms)MemberwiseClone();
}
