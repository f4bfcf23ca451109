namespace Sandbox.Sim.Scenarios;

/// <summary>Separations, re-entry and leaving the labour force: what makes a job sustained or not.</summary>
public sealed class RetentionSpec
{
    [Param(0, 1, Unit = "per week", Source = "assumption: 0.4% weekly separation from an indefinite contract (~19% a year)")]
    public double IndefiniteSeparation { get; set; } = 0.004;

    [Param(1, 104, Unit = "weeks", Source = "002: low-skilled 'part-time or on-call jobs'; assumption mean 16-week fixed-term contracts")]
    public double ShortContractWeeks { get; set; } = 16;

    [Param(0, 1, Unit = "probability", Source = "assumption: 30% of fixed-term contracts are converted to an indefinite contract when they end; the others end in a separation")]
    public double ShortContractRenewal { get; set; } = 0.30;

    [Param(0, 1, Unit = "per week per severity level", Source = "002 box 8 (barriers to 'entering and sustaining employment'); assumption 0.3%")]
    public double BarrierSeparation { get; set; } = 0.003;

    [Param(0, 1, Unit = "per week", Source = "assumption: 0.2% a week leave the labour force (retirement, relocation: 002 box 6 '23% quit ... relocation, chronic illness')")]
    public double LeaveLabourForce { get; set; } = 0.002;

    [Param(0, 1, Unit = "per week per severity level", Source = "002 box 6: 23% of the most vulnerable 'quit the programme for reasons such as relocation, chronic illness or unavailability to work'; assumption: each severity level of a housing, health or family-constraint barrier adds 0.2% a week to leaving the labour force")]
    public double BarrierLeave { get; set; } = 0.002;

    public RetentionSpec Clone() => (RetentionSpec)MemberwiseClone();
}

/// <summary>Costs that are not an agency's contact hours.</summary>
public sealed class CostSpec
{
    [Param(0, 5000, Unit = "EUR per week", Source = "assumption (MODEL.md 'Costs'): benefit paid per unemployed jobseeker-week")]
    public double BenefitPerWeek { get; set; } = 200;

    public CostSpec Clone() => (CostSpec)MemberwiseClone();
}
