namespace Sandbox.Sim.Scenarios;

/// <summary>
/// How clients move between agencies: assessment, referral, waiting, treatment, trust and disengagement.
/// These are the effect sizes the integration mechanisms act through; every default is sourced or a stated
/// assumption, and none of them depends on the integration level.
/// </summary>
public sealed class ServiceSpec
{
    [Param(0, 1, Unit = "probability", Source = "Weiner et al. (71% scheduled × 70% kept ≈ 50%); Forrest et al. 2007 (79–83%): MODEL.md fact 4, 50–80% without a protocol")]
    public double ReferralCompletion { get; set; } = 0.62;

    [Param(1, 20, Unit = "odds ratio", Source = "Forrest et al.: scheduling + information sent by the referrer ≈ 3× odds of completion (MODEL.md fact 4)")]
    public double FollowUpOddsRatio { get; set; } = 3.0;

    [Param(1, 10, Unit = "odds ratio", Source = "002 box 3 (Ecuador): co-location eliminates the cost and time of travelling between providers; assumption OR 1.5 (a warm handoff alone has no significant gain: Pace et al. 2018)")]
    public double CoLocationOddsRatio { get; set; } = 1.5;

    [Param(0, 2, Unit = "log-odds per severity level", Source = "002 'Selection practices' and box 3 (transport); assumption 0.3")]
    public double MobilityFriction { get; set; } = 0.3;

    [Param(0, 5, Unit = "log-odds per unit trust", Source = "000: trust and a personal relationship increase success rates; assumption 1.5")]
    public double TrustEffect { get; set; } = 1.5;

    [Param(1, 12, Unit = "weeks", Source = "assumption: a protocol checks arrival after two weeks (002 box 6: 'coordinated follow-up of clients')")]
    public int FollowUpCheckWeeks { get; set; } = 2;

    [Param(1, 5, Unit = "attempts", Source = "002: 'back-and-forth referrals' as a re-engagement strategy; assumption 2 attempts under a protocol")]
    public int MaxReferralAttempts { get; set; } = 2;

    [Param(0, 1, Unit = "probability", Source = "002 box 2: hidden barriers 'might not be obvious or visible'; assumption: a PES-only assessment detects non-employment barriers at this rate")]
    public double PesDetection { get; set; } = 0.45;

    [Param(0, 1, Unit = "probability", Source = "002 box 6: joint diagnosis by counsellor + social worker 'to arrive at the best articulation of responses'; assumption 0.9")]
    public double JointDetection { get; set; } = 0.9;

    [Param(0, 1, Unit = "probability", Source = "002 'this may lead to duplication and inefficiencies'; assumption: share of single-agency referrals sent to the wrong service")]
    public double Misroute { get; set; } = 0.12;

    [Param(0, 1, Unit = "probability", Source = "001 (competition between providers); assumption: chance a competing agency bounces a multi-barrier client back, at full competition")]
    public double CompetitiveBounce { get; set; } = 0.25;

    [Param(0, 20, Unit = "hours", Source = "assumption: a standard assessment interview")]
    public double AssessmentHours { get; set; } = 1.5;

    [Param(0, 40, Unit = "hours", Source = "002 box 6: counsellor and social worker together; assumption 2 × 1.5 h")]
    public double JointDiagnosisHours { get; set; } = 3.0;

    [Param(0, 1, Unit = "per week", Source = "000: waiting erodes trust; assumption 3% weekly drop-out at average trust")]
    public double WaitDropout { get; set; } = 0.03;

    [Param(0, 1, Unit = "per week", Source = "calibrated (prior 0.0098, the previous fit): Waller 2008, ≈20% drop out of German further training (MODEL.md fact 6); see scenarios/CALIBRATION.md")]
    public double TreatmentDropout { get; set; } = 0.00676;

    [Param(0, 1, Unit = "per week", Source = "000: a handoff breaks the relationship; assumption 6% weekly disengagement at zero trust in the weeks after a handoff")]
    public double HandoffDisengagement { get; set; } = 0.06;

    [Param(1, 26, Unit = "weeks", Source = "assumption: a handoff's risk lasts four weeks")]
    public int HandoffWindowWeeks { get; set; } = 4;

    [Param(0, 1, Unit = "per week", Source = "assumption: a client with no agency holding the case re-registers at this weekly rate")]
    public double Reregistration { get; set; } = 0.04;

    [Param(0, 1, Unit = "probability", Source = "002 (clients with low autonomy 'need to be supported by case workers who can help them navigate'); assumption: chance a client returns to the PES unprompted after treatment")]
    public double SelfReturn { get; set; } = 0.55;

    [Param(0, 1, Unit = "per week", Source = "000: 'a strong personal relationship ... fosters commitment and trust'; assumption +0.02 a week with a continuous case manager")]
    public double TrustGrowth { get; set; } = 0.02;

    [Param(0, 1, Unit = "per handoff", Source = "000 (keeping the same specialist); assumption −0.08 per handoff, halved when the record is shared")]
    public double HandoffTrustLoss { get; set; } = 0.08;

    [Param(0, 1, Unit = "per week", Source = "000; assumption −0.01 a week on a waiting list")]
    public double WaitTrustLoss { get; set; } = 0.01;

    [Param(0, 1, Unit = "relative", Source = "002 box 6 pathway 2 (address peripheral barriers first); assumption: skills training works half as well while a foundational barrier is untreated")]
    public double UnstableTreatmentPenalty { get; set; } = 0.5;

    [Param(1, 26, Unit = "weeks", Source = "Schiprowski 2019: regular caseworker meetings; assumption one PES meeting every 4 weeks at the norm caseload")]
    public int MeetingIntervalWeeks { get; set; } = 4;

    [Param(0, 10, Unit = "hours", Source = "assumption: a PES meeting takes one hour")]
    public double MeetingHours { get; set; } = 1.0;

    public ServiceSpec Clone() => (ServiceSpec)MemberwiseClone();
}
