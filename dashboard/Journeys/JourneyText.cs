using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Barrier = Sandbox.Sim.Model.Barrier;

namespace Sandbox.Dashboard.Journeys;

/// <summary>Plain-language wording of journey events, for timelines a policymaker reads without a legend.</summary>
public static class JourneyText
{
    public static string Describe(in JourneyEvent e, ModelParameters p)
    {
        string agency = e.Agency >= 0 && e.Agency < p.Agencies.Length ? p.Agencies[e.Agency].Name : "an agency";
        string barrier = e.Barrier >= 0 ? BarrierName((Barrier)e.Barrier) : "a barrier";
        return e.Kind switch
        {
            JourneyEventKind.Entered => e.Agency >= 0 ? $"Registered as a jobseeker at {agency}" : "Registered as a jobseeker",
            JourneyEventKind.Assessed => $"Assessed by {agency}",
            JourneyEventKind.JointDiagnosis => "Joint diagnosis: employment counsellor and social worker together",
            JourneyEventKind.BarrierFound => $"Barrier found: {barrier}",
            JourneyEventKind.Referred => $"Referred to {agency} for {barrier}",
            JourneyEventKind.ReferralRepeated => $"Referral to {agency} sent again",
            JourneyEventKind.ReferralLost => $"Referral to {agency} never arrived",
            JourneyEventKind.Arrived => $"Arrived at {agency}",
            JourneyEventKind.Bounced => $"Sent back by {agency} (circular referral)",
            JourneyEventKind.Reassessed => $"Assessed again by {agency} (repeated assessment)",
            JourneyEventKind.Waiting => $"On the waiting list of {agency}",
            JourneyEventKind.WaitDropout => $"Gave up waiting for {agency}",
            JourneyEventKind.TreatmentStarted => $"Started support at {agency} for {barrier}",
            JourneyEventKind.TreatmentDropout => $"Dropped out of support at {agency}",
            JourneyEventKind.TreatmentCompleted => $"Completed support at {agency}",
            JourneyEventKind.BarrierResolved => $"Barrier resolved: {barrier}",
            JourneyEventKind.ReturnedToCaseHolder => $"Back with the case holder at {agency}",
            JourneyEventKind.NoAgencyHoldsCase => "No agency holds the case any more",
            JourneyEventKind.Disengaged => "Stopped engaging with services after a handoff",
            JourneyEventKind.Reregistered => "Registered again",
            JourneyEventKind.Hired => "Found a job",
            JourneyEventKind.Sustained26 => "Still in work after 26 weeks (sustained job)",
            JourneyEventKind.Sustained52 => "Still in work after 52 weeks",
            JourneyEventKind.Separated => "Lost or left the job",
            JourneyEventKind.LeftLabourForce => "Left the labour force",
            JourneyEventKind.Meeting => $"Met a caseworker at {agency}",
            _ => e.Kind.ToString(),
        };
    }

    public static string BarrierName(Barrier b) => b switch
    {
        Barrier.Housing => "housing",
        Barrier.Health => "health",
        Barrier.Mobility => "mobility",
        Barrier.Debt => "debt",
        Barrier.FamilyConstraints => "family constraints",
        Barrier.CoreWorkSkills => "core work skills",
        Barrier.AdministrativeJudicial => "administrative or judicial problems",
        _ => b.ToString(),
    };

    /// <summary>"good", "bad" or "" for colouring a timeline entry.</summary>
    public static string Tone(JourneyEventKind kind) => kind switch
    {
        JourneyEventKind.Hired or JourneyEventKind.Sustained26 or JourneyEventKind.Sustained52
            or JourneyEventKind.BarrierResolved or JourneyEventKind.TreatmentCompleted => "good",
        _ when new JourneyEvent(0, 0, kind, -1, -1).Crack is not null => "bad",
        JourneyEventKind.TreatmentDropout or JourneyEventKind.Separated => "bad",
        _ => "",
    };
}
