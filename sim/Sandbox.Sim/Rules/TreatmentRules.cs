using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Rules;

/// <summary>
/// Waiting lists and treatment at partner agencies. Waiting erodes trust and some clients give up (000);
/// about a fifth drop out of programmes (Waller 2008); a completed course resolves the barrier or lowers its
/// severity, and skills training works less well while housing, health or debt is untreated (002 box 6).
/// </summary>
public static class TreatmentRules
{
    public static void Wait(ref Jobseeker js, WeekContext ctx, AgentOutputs o, int b, bool admitted)
    {
        var p = ctx.P;
        int agency = p.BarrierAgency[b];
        if (admitted)
        {
            js.SetStage(b, BarrierStage.Treating, ctx.Week);
            o.Tally.AddAgency(agency, AgencyCounter.Admissions);
            o.Event(js.Id, ctx.Week, JourneyEventKind.TreatmentStarted, agency, b);
            return;
        }
        js.Trust = Math.Max(0f, js.Trust - (float)p.Services.WaitTrustLoss);
        double hazard = p.Services.WaitDropout * (1.5 - js.Trust);
        if (o.Rng(js.Id).Chance(hazard, Purpose.WaitDropout, b))
        {
            js.SetStage(b, BarrierStage.Lost, ctx.Week);
            o.Tally.AddCrack(js.GroupKey, CrackKind.DroppedOutWhileWaiting);
            o.Event(js.Id, ctx.Week, JourneyEventKind.WaitDropout, agency, b);
            EngagementRules.AfterPartnerService(ref js, ctx, o, agency);
        }
    }

    public static void Treat(ref Jobseeker js, WeekContext ctx, AgentOutputs o, int b)
    {
        var p = ctx.P;
        int agency = p.BarrierAgency[b];
        var ap = p.Agencies[agency];
        var draw = o.Rng(js.Id);
        if (ctx.Week - js.StageSince[b] >= ap.TreatmentWeeks)
        {
            Complete(ref js, ctx, o, b, agency, draw);
            return;
        }
        if (ctx.Week > js.StageSince[b] && draw.Chance(p.Services.TreatmentDropout * (1.5 - js.Trust), Purpose.TreatmentDropout, b))
        {
            js.SetStage(b, BarrierStage.Lost, ctx.Week);
            o.Tally.AddAgency(agency, AgencyCounter.Dropouts);
            o.Event(js.Id, ctx.Week, JourneyEventKind.TreatmentDropout, agency, b);
            EngagementRules.AfterPartnerService(ref js, ctx, o, agency);
        }
    }

    private static void Complete(ref Jobseeker js, WeekContext ctx, AgentOutputs o, int b, int agency, Draw draw)
    {
        var p = ctx.P;
        double resolve = p.Agencies[agency].ResolveProbability;
        if (b == (int)Barrier.CoreWorkSkills && HasUntreatedFoundation(js)) resolve *= p.Services.UnstableTreatmentPenalty;
        o.Tally.AddAgency(agency, AgencyCounter.Completions);
        o.Event(js.Id, ctx.Week, JourneyEventKind.TreatmentCompleted, agency, b);
        int severity = draw.Chance(resolve, Purpose.TreatmentSuccess, b) ? 0 : js.Severity(b) - 1;
        js.SetSeverity(b, severity);
        EmploymentRules.RedrawLeave(ref js, ctx, draw, b);
        if (severity == 0)
        {
            js.SetStage(b, BarrierStage.Resolved, ctx.Week);
            o.Tally.AddAgency(agency, AgencyCounter.Resolved);
            o.Event(js.Id, ctx.Week, JourneyEventKind.BarrierResolved, agency, b);
        }
        else
        {
            js.SetStage(b, BarrierStage.Known, ctx.Week); // another course may follow
        }
        if (b == (int)Barrier.CoreWorkSkills && KeptBySponsor(ref js, ctx, o, draw)) return;
        EngagementRules.AfterPartnerService(ref js, ctx, o, agency);
    }

    /// <summary>
    /// Where employers take part in a programme, a target-group trainee's course includes in-service training at
    /// a partner enterprise, which may keep them on at the end (002 box 4: about half of disadvantaged
    /// participants "remained in work with the same enterprise that sponsored their in-service training").
    /// The chance scales with how far employers are involved; the contract follows the market's mix.
    /// </summary>
    private static bool KeptBySponsor(ref Jobseeker js, WeekContext ctx, AgentOutputs o, Draw draw)
    {
        var p = ctx.P;
        if (js.TargetGroup == 0) return false;
        if (!draw.Chance(p.Labour.SponsorRetention * p.Mechanisms.EmployerInvolvement, Purpose.SponsorHire)) return false;
        bool indefinite = draw.Chance(p.Labour.IndefiniteShare, Purpose.SponsorHire, 1);
        EmploymentRules.Hire(ref js, ctx, o, new Offer(-1, js.Id, 0, indefinite));
        return true;
    }

    private static bool HasUntreatedFoundation(in Jobseeker js)
    {
        for (int b = 0; b < Barriers.Count; b++)
            if ((Barriers.FoundationalMask & (1 << b)) != 0 && js.Severity(b) > 0) return true;
        return false;
    }
}
