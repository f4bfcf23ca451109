namespace Sandbox.Sim.Randomness;

/// <summary>
/// Why a random number is drawn. Each purpose is its own stream, so adding a draw for one mechanism never
/// shifts the numbers another mechanism sees: turning a mechanism on changes only what it touches.
/// </summary>
public enum Purpose : ushort
{
    // Population generation (week = -1)
    Latent = 1, Barrier, Severity, Skill, AgeBand, Sex, Flag, Motivation, Trust, EntryDuration, EntryDoor,
    // Services
    Detection = 100, Misroute, ReferralArrival, WaitDropout, TreatmentDropout, TreatmentSuccess, Disengage,
    Reregister, AdHocOrder, Bounce, MeetingMissed, TargetGroupDraw, SponsorHire,
    // Labour market
    ApplicationCount = 200, ApplicationTarget, Callback, Interview, Separation, ContractLength, LeaveLabourForce,
    VacancyPosting, VacancySkill, VacancyContract, VacancyEmployer, OutsideApplicants, OutsideScore,
    // Experiments
    Replication = 300, Sampling, Stratum, Bootstrap, Trajectory,
}
