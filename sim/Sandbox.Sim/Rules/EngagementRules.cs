using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Rules;

/// <summary>
/// Trust, handoffs and who holds the case. Trust grows with a stable personal relationship and falls with each
/// handoff and week of waiting (000); low trust raises the risk of disengaging after a handoff. A client
/// leaving a partner service returns to a case holder only if a protocol, a case manager or a shared record
/// carries them back, or if they come back on their own (002: clients with low autonomy "need to be supported
/// by case workers who can help them navigate").
/// </summary>
public static class EngagementRules
{
    public static void Handoff(ref Jobseeker js, WeekContext ctx)
    {
        var p = ctx.P;
        double loss = p.Services.HandoffTrustLoss;
        if (ModelParameters.Covers(p.Mechanisms.SharedRecord, js)) loss *= 0.5; // the client tells their story once
        if (js.CaseManaged != 0) loss *= 0.5;                                    // the same person is still there
        js.Trust = Math.Max(0f, js.Trust - (float)loss);
        js.LastHandoff = (short)ctx.Week;
    }

    /// <summary>Weekly trust drift: growth with a continuous case manager.</summary>
    public static void Drift(ref Jobseeker js, WeekContext ctx)
    {
        if (js.CaseManaged != 0) js.Trust = Math.Min(1f, js.Trust + (float)ctx.P.Services.TrustGrowth);
    }

    /// <summary>Called when a partner-service pipeline ends: who, if anyone, takes the client back?</summary>
    public static void AfterPartnerService(ref Jobseeker js, WeekContext ctx, AgentOutputs o, int agency)
    {
        if (js.InPartnerService) return; // still with another service; the case stays open there
        var p = ctx.P;
        var m = p.Mechanisms;
        var draw = o.Rng(js.Id);
        bool carried = js.CaseManaged != 0 || ModelParameters.Covers(m.FollowUp, js) || ModelParameters.Covers(m.SharedRecord, js);
        if (carried || draw.Chance(p.Services.SelfReturn * (0.5 + js.Trust), Purpose.Reregister, 1))
        {
            Handoff(ref js, ctx);
            o.Event(js.Id, ctx.Week, JourneyEventKind.ReturnedToCaseHolder, p.PesIndex);
            return;
        }
        js.Engagement = Engagement.Unheld;
        js.UnheldSince = (short)ctx.Week;
        o.Tally.AddCrack(js.GroupKey, CrackKind.ExitedWithNoAgency);
        o.Event(js.Id, ctx.Week, JourneyEventKind.NoAgencyHoldsCase, agency);
    }

    /// <summary>In the weeks after a handoff a client may walk away from services altogether.</summary>
    public static void MaybeDisengage(ref Jobseeker js, WeekContext ctx, AgentOutputs o)
    {
        var p = ctx.P;
        if (ctx.Week - js.LastHandoff >= p.Services.HandoffWindowWeeks) return;
        double friction = 1 + 0.5 * (1 - p.Mechanisms.CoLocation);
        double hazard = p.Services.HandoffDisengagement * (1 - js.Trust) * friction;
        if (!o.Rng(js.Id).Chance(hazard, Purpose.Disengage)) return;
        js.Engagement = Engagement.Disengaged;
        js.UnheldSince = (short)ctx.Week;
        for (int b = 0; b < Barriers.Count; b++)
            if (js.Stage(b) is BarrierStage.Referred or BarrierStage.Waiting or BarrierStage.Treating)
                js.SetStage(b, BarrierStage.Lost, ctx.Week);
        o.Tally.AddCrack(js.GroupKey, CrackKind.DisengagedAfterHandoff);
        o.Event(js.Id, ctx.Week, JourneyEventKind.Disengaged);
    }

    /// <summary>A client nobody holds may come back and register again; the PES then re-assesses them.</summary>
    public static void MaybeReregister(ref Jobseeker js, WeekContext ctx, AgentOutputs o)
    {
        var p = ctx.P;
        if (!o.Rng(js.Id).Chance(p.Services.Reregistration, Purpose.Reregister)) return;
        o.Event(js.Id, ctx.Week, JourneyEventKind.Reregistered, p.PesIndex);
        IntakeRules.Assess(ref js, ctx, o, p.PesIndex, firstContact: false);
    }
}
