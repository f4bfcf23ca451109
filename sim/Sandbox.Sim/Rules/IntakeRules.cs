using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Rules;

/// <summary>
/// First contact: registration, assessment and, where the mechanism reaches the client, joint diagnosis by an
/// employment counsellor and a social worker (002 box 6). A single agency sees the barriers of its own remit
/// well and the hidden ones (health, debt, administrative problems) poorly (002 box 2).
/// </summary>
public static class IntakeRules
{
    public static void Enter(ref Jobseeker js, WeekContext ctx, AgentOutputs o)
    {
        var p = ctx.P;
        js.Status = LabourStatus.Unemployed;
        o.Tally.AddGroups(js.GroupKey, GroupCounter.Entries);
        o.Event(js.Id, ctx.Week, JourneyEventKind.Entered);
        var draw = new Draw(p.Seed, js.Id, -1);
        int door = p.SocialIndex >= 0 && draw.Chance(p.Population.EntryViaSocialServicesShare, Purpose.EntryDoor) ? p.SocialIndex : p.PesIndex;
        Assess(ref js, ctx, o, door, firstContact: true);
    }

    /// <summary>Registers (or re-registers) the client and assesses them at <paramref name="agency"/>.</summary>
    public static void Assess(ref Jobseeker js, WeekContext ctx, AgentOutputs o, int agency, bool firstContact)
    {
        var p = ctx.P;
        int week = ctx.Week;
        var draw = o.Rng(js.Id);
        js.Engagement = Engagement.Held;
        o.Tally.AddAgency(agency, AgencyCounter.Assessments);
        o.Event(js.Id, week, JourneyEventKind.Assessed, agency);

        var assessor = p.Agencies[agency];
        for (int b = 0; b < Barriers.Count; b++)
        {
            if (js.Severity(b) == 0 || js.Stage(b) is not (BarrierStage.Hidden or BarrierStage.Lost)) continue;
            bool inRemit = assessor.Treats(b) || (assessor.Kind == AgencyKind.Pes && b == (int)Barrier.CoreWorkSkills);
            double detect = inRemit ? assessor.DetectionAccuracy : p.Services.PesDetection;
            if (draw.Chance(detect, Purpose.Detection, b)) Found(ref js, ctx, o, b);
        }

        if (firstContact) js.TargetGroup = (byte)(p.QualifiesForTargetGroup(js) ? 1 : 0);
        if (ModelParameters.Covers(p.Mechanisms.JointDiagnosis, js))
        {
            o.Tally.AddAgency(p.PesIndex, AgencyCounter.JointDiagnoses);
            if (p.SocialIndex >= 0) o.Tally.AddAgency(p.SocialIndex, AgencyCounter.JointDiagnoses);
            o.Event(js.Id, week, JourneyEventKind.JointDiagnosis, agency);
            for (int b = 0; b < Barriers.Count; b++)
            {
                if (js.Severity(b) == 0 || js.Stage(b) is not (BarrierStage.Hidden or BarrierStage.Lost)) continue;
                if (draw.Chance(p.Services.JointDetection, Purpose.Detection, 8 + b)) Found(ref js, ctx, o, b);
            }
        }
        js.CaseManaged = (byte)(ModelParameters.Covers(p.Mechanisms.CaseManager, js) ? 1 : 0);
    }

    private static void Found(ref Jobseeker js, WeekContext ctx, AgentOutputs o, int b)
    {
        js.SetStage(b, BarrierStage.Known, ctx.Week);
        o.Event(js.Id, ctx.Week, JourneyEventKind.BarrierFound, -1, b);
    }
}
