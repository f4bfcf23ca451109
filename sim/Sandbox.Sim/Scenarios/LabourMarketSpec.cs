namespace Sandbox.Sim.Scenarios;

/// <summary>
/// Employers and their vacancies. Employers rank applicants and penalise long spells and visible untreated
/// barriers (002 box 1 and "Selection practices"); the duration penalty follows Kroft, Lange &amp; Notowidigdo
/// (2013): callbacks fall about 45% over the first eight months and are flat after.
/// </summary>
public sealed class LabourMarketSpec
{
    [Param(1, 100_000, Unit = "employers", Source = "assumption: one employer per 25 jobseekers in the stock")]
    public int Employers { get; set; } = 200;

    [Param(0, 100, Unit = "vacancies per 100 jobseekers per week", Source = "calibrated (prior 13.88, the previous fit): UK JSA exit rates, 75% within 6 months and 90% within 12 (MODEL.md fact 3), with outside applicants competing; see scenarios/CALIBRATION.md")]
    public double VacancyRate { get; set; } = 23.16;

    [Param(1, 52, Unit = "weeks", Source = "002 'available low-skilled vacancies are filled very rapidly'; assumption 4 weeks")]
    public int VacancyLifetimeWeeks { get; set; } = 4;

    [Param(0, 1, Unit = "share", Source = "002: 'a large number of low-skilled vacancies are no longer full-time positions'; assumption 55% indefinite")]
    public double IndefiniteShare { get; set; } = 0.55;

    [Param(0, 1, Unit = "share", Source = "002 (demand for low-skilled occupations declining); assumption 35% of vacancies low-skill")]
    public double LowSkillVacancyShare { get; set; } = 0.35;

    [Param(0, 1, Unit = "share", Source = "assumption: 20% of vacancies high-skill")]
    public double HighSkillVacancyShare { get; set; } = 0.20;

    [Param(0, 1, Unit = "probability", Source = "calibrated (prior 0.098, the previous fit; unchanged by the refit): Kroft et al. 2013, ~7% callbacks at one month of unemployment (MODEL.md fact 1; Ghayad's 9–16% is not followed); see scenarios/CALIBRATION.md")]
    public double BaseCallback { get; set; } = 0.098;

    [Param(0, 1, Unit = "relative drop", Source = "Kroft, Lange & Notowidigdo 2013 (MODEL.md fact 1): ~7% at 1 month to ~4% at 8 months (−45%), flat after")]
    public double DurationPenalty { get; set; } = 0.45;

    [Param(1, 104, Unit = "weeks", Source = "Kroft et al. 2013: the decline runs to about eight months (35 weeks)")]
    public int DurationPenaltyWeeks { get; set; } = 35;

    [Param(0, 1, Unit = "relative drop per severity level", Source = "calibrated (prior 0.12, 002 'Selection practices': reliability, availability): slower exits of multi-barrier clients (MODEL.md fact 3); see scenarios/CALIBRATION.md")]
    public double VisibleBarrierPenalty { get; set; } = 0.1488;

    [Param(0, 1, Unit = "relative drop", Source = "002 box 4 (stigmatisation of disadvantaged groups); assumption 20% per vulnerable flag before employer involvement")]
    public double StigmaPenalty { get; set; } = 0.20;

    [Param(0, 1, Unit = "probability", Source = "calibrated (prior 0.478, the previous fit) with VacancyRate: UK JSA exit rates (MODEL.md fact 3); see scenarios/CALIBRATION.md")]
    public double InterviewSuccess { get; set; } = 0.414;

    [Param(0, 1, Unit = "relative drop", Source = "002 box 1 (Ghayad 2017): applicants unemployed six months or more 'need to submit 3.5 times more applications, and receive half the number of invitations to interview', and employers 'tend to interview and hire applicants with shorter unemployment spells': jobs per invitation are (1/3.5) / (1/2) = 0.57 of the short-term unemployed's, so an interview leads to an offer 43% less often")]
    public double LongTermHirePenalty { get; set; } = 0.43;

    [Param(1, 104, Unit = "weeks", Source = "002 box 1: the penalty applies to applicants 'unemployed for six months or over'")]
    public int LongTermWeeks { get; set; } = 26;

    [Param(0, 20, Unit = "applications per week", Source = "002 box 1: the long-term unemployed need 3.5 times more applications; assumption 3 a week for a motivated searcher")]
    public double ApplicationsPerWeek { get; set; } = 3.0;

    [Param(0, 1, Unit = "relative gain in the meeting week", Source = "calibrated (prior 0.68, the previous fit): Schiprowski 2019, one lost meeting lengthens unemployment ~5% (MODEL.md fact 5), measured client by client; the boost then fades (MeetingEffectWeeks); see scenarios/CALIBRATION.md")]
    public double MeetingBoost { get; set; } = 0.76;

    [Param(0, 1, Unit = "relative gain", Source = "002 box 4 and box 5 (PES matches profiles to partner enterprises' vacancies); assumption: full involvement doubles callbacks for target-group clients at 1.0")]
    public double EmployerMatchingGain { get; set; } = 1.0;

    [Param(0, 10, Unit = "mean weeks", Source = "Schiprowski 2019 (MODEL.md fact 5): a meeting's advice and vacancy referrals shape the weeks after it; assumption: the boost fades with a mean life of 3 weeks (the meeting interval is 4)")]
    public double MeetingEffectWeeks { get; set; } = 3;

    [Param(0, 1, Unit = "relative drop", Source = "002 box 4: 'training in the classroom and at the workplace for up to ten months' leaves little time to look for work; assumption: half the usual search while on a course at the training provider")]
    public double CourseSearchReduction { get; set; } = 0.5;

    [Param(0, 1, Unit = "probability at full involvement", Source = "002 box 4: 'About half of those who came from disadvantaged households ... remained in work with the same enterprise that sponsored their in-service training'; 0.5 × employer involvement for target-group trainees")]
    public double SponsorRetention { get; set; } = 0.5;

    [Param(0, 100, Unit = "applications per vacancy per week", Source = "calibrated (prior 10, an assumption): vacancies also draw applicants who are not in the simulated population (the area's other unemployed, job changers, entrants; 002 box 1: disadvantaged jobseekers compete with the general unemployed); fitted with the exit rates of multi-barrier clients (MODEL.md fact 3); see scenarios/CALIBRATION.md")]
    public double OutsideApplicants { get; set; } = 20;

    [Param(0, 1, Unit = "relative to a new, barrier-free applicant", Source = "assumption: outside applicants are a general mix of spells (Kroft et al. 2013 duration profile, MODEL.md fact 1): their callback chance is 0.75 of a newly unemployed applicant's with no visible barrier")]
    public double OutsideCallback { get; set; } = 0.75;

    public LabourMarketSpec Clone() => (LabourMarketSpec)MemberwiseClone();
}
