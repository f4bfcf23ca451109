namespace Sandbox.Sim.Scenarios;

/// <summary>
/// Who the jobseekers are. Profiles follow the profiling dimensions of 002 box 2 and the vulnerable groups of
/// 003 KS1-M08; barriers are the seven of 002 box 6. Barriers share a latent disadvantage factor so that they
/// cluster in the same people, as the multi-barrier clients of 002 box 6 and box 8 show.
/// </summary>
public sealed class PopulationSpec
{
    [Param(10, 2_000_000, Unit = "jobseekers", Source = "assumption: one local labour market; scale freely")]
    public int InitialStock { get; set; } = 5000;

    [Param(0, 100_000, Unit = "jobseekers per week", Source = "assumption: 2% of the stock per week, the order of UK JSA monthly inflow/stock ratios (Work and Pensions Committee 2014)")]
    public double WeeklyInflow { get; set; } = 100;

    [Param(0, 520, Unit = "weeks", Source = "assumption: the stock's mean elapsed spell; exit facts (MODEL.md fact 3) then apply to the inflow")]
    public double MeanEntryDurationWeeks { get; set; } = 20;

    [Param(1, 26, Unit = "weeks", Source = "assumption: the existing stock is registered over the first weeks so agencies are not flooded in week 0")]
    public int StockIntakeWeeks { get; set; } = 8;

    [Param(0, 1, Unit = "share", Source = "002 box 4: 'youth under age 25' among groups most needing support; assumption 20%")]
    public double YouthShare { get; set; } = 0.20;

    [Param(0, 1, Unit = "share", Source = "002: 'workers aged over 50' among groups most needing support; assumption 25%")]
    public double OlderShare { get; set; } = 0.25;

    [Param(0, 1, Unit = "share", Source = "002 box 6 (France): women outnumber men 6:4 in the joint-diagnosis group; assumption 48% in a general inflow")]
    public double FemaleShare { get; set; } = 0.48;

    [Param(0, 1, Unit = "share", Source = "002 box 6: 80% of the French joint-diagnosis group had incomplete secondary education; assumption 35% in a general inflow")]
    public double LowSkillShare { get; set; } = 0.35;

    [Param(0, 1, Unit = "share", Source = "assumption: 20% high-skill")]
    public double HighSkillShare { get; set; } = 0.20;

    [Param(0, 1, Unit = "share", Source = "003 KS1-M08 (disability a group most vulnerable to LTU); assumption 8%")]
    public double DisabilityShare { get; set; } = 0.08;

    [Param(0, 1, Unit = "share", Source = "003 KS1-M08 (third-country nationals); assumption 7%")]
    public double ThirdCountryShare { get; set; } = 0.07;

    [Param(0, 1, Unit = "share", Source = "003 KS1-M08 (disadvantaged minorities such as the Roma); assumption 5%")]
    public double MinorityShare { get; set; } = 0.05;

    [Param(0, 0.95, Unit = "correlation", Source = "002 box 6 and box 8: barriers cluster in the same people; assumption 0.5")]
    public double BarrierCorrelation { get; set; } = 0.5;

    [Param(0, 3, Unit = "SD of latent factor", Source = "003 KS1-M08: vulnerable groups carry more barriers; assumption +0.5 SD per flag")]
    public double VulnerableLatentShift { get; set; } = 0.5;

    /// <summary>Prevalence of each barrier in the inflow, keyed by barrier name.</summary>
    [ParamGroup]
    public BarrierPrevalence Prevalence { get; set; } = new();

    [Param(0, 1, Unit = "share", Source = "002 box 8 and 'Ensuring that analysis of the multiple barriers ... even when the main entry door ... is not the PES'; assumption 15%")]
    public double EntryViaSocialServicesShare { get; set; } = 0.15;

    [Param(0, 1, Unit = "index", Source = "000: trust must be built; assumption mean 0.5 on a 0–1 scale")]
    public double InitialTrust { get; set; } = 0.5;

    [Param(0, 1, Unit = "index", Source = "002 box 2 (motivation and ability to engage in job search); assumption mean 0.6")]
    public double MeanMotivation { get; set; } = 0.6;

    public PopulationSpec Clone()
    {
        var c = (PopulationSpec)MemberwiseClone();
        c.Prevalence = Prevalence.Clone();
        return c;
    }
}

/// <summary>Share of the inflow with each peripheral barrier (any severity).</summary>
public sealed class BarrierPrevalence
{
    [Param(0, 1, Unit = "share", Source = "002 box 6: one in three of the French group homeless; assumption 12% in a general inflow")]
    public double Housing { get; set; } = 0.12;

    [Param(0, 1, Unit = "share", Source = "002 box 8 and figure 1 (long-term illness); assumption 20%")]
    public double Health { get; set; } = 0.20;

    [Param(0, 1, Unit = "share", Source = "002 'Selection practices' (reliable transport); assumption 15%")]
    public double Mobility { get; set; } = 0.15;

    [Param(0, 1, Unit = "share", Source = "002 box 6 (excessive indebtedness); assumption 15%")]
    public double Debt { get; set; } = 0.15;

    [Param(0, 1, Unit = "share", Source = "002 (lack of affordable child care; single-parent families in box 6); assumption 18%")]
    public double FamilyConstraints { get; set; } = 0.18;

    [Param(0, 1, Unit = "share", Source = "002 box 6 (lack of core work skills); assumption 25%")]
    public double CoreWorkSkills { get; set; } = 0.25;

    [Param(0, 1, Unit = "share", Source = "002 box 6 (administrative or judicial problems); assumption 8%")]
    public double AdministrativeJudicial { get; set; } = 0.08;

    public double Of(Model.Barrier b) => b switch
    {
        Model.Barrier.Housing => Housing,
        Model.Barrier.Health => Health,
        Model.Barrier.Mobility => Mobility,
        Model.Barrier.Debt => Debt,
        Model.Barrier.FamilyConstraints => FamilyConstraints,
        Model.Barrier.CoreWorkSkills => CoreWorkSkills,
        _ => AdministrativeJudicial,
    };

    public BarrierPrevalence Clone() => (BarrierPrevalence)MemberwiseClone();
}
