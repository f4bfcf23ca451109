using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Rules;

/// <summary>
/// Referrals between agencies, where most cracks open. Whether a referred client turns up is a logistic
/// model of the referral's own features: a follow-up protocol (appointment scheduled and information sent:
/// about 3× the odds, Forrest et al.), co-location (no travel), mobility barriers and trust. Without a protocol
/// a referral that does not arrive is simply lost; with one, the referrer notices and tries again.
/// </summary>
public static class ReferralRules
{
    /// <summary>Sends the client on to the services for the barriers the case plan knows, in the mechanism's order.</summary>
    /// <remarks>Runs for every client held, every week, and most have nothing to refer: the test is inlined, the referring is a call.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void IssueReferrals(ref Jobseeker js, WeekContext ctx, AgentOutputs o)
    {
        if (js.Any(BarrierStage.Known) && (ctx.P.Mechanisms.TreatmentOrder == TreatmentOrder.Parallel || !js.InPartnerService))
            ReferKnown(ref js, ctx, o);
    }

    private static void ReferKnown(ref Jobseeker js, WeekContext ctx, AgentOutputs o)
    {
        var p = ctx.P;
        var order = p.Mechanisms.TreatmentOrder;
        var draw = o.Rng(js.Id);
        switch (order)
        {
            case TreatmentOrder.Parallel:
                for (int b = 0; b < Barriers.Count; b++)
                    if (Referable(js, p, b)) Refer(ref js, ctx, o, b);
                break;
            case TreatmentOrder.Sequenced:
                foreach (var barrier in Barriers.SequencedOrder)
                    if (Referable(js, p, (int)barrier)) { Refer(ref js, ctx, o, (int)barrier); break; }
                break;
            default:
                int n = 0;
                for (int b = 0; b < Barriers.Count; b++) if (Referable(js, p, b)) n++;
                if (n == 0) break;
                int pick = draw.Below(n, Purpose.AdHocOrder);
                for (int b = 0; b < Barriers.Count; b++)
                    if (Referable(js, p, b) && pick-- == 0) { Refer(ref js, ctx, o, b); break; }
                break;
        }
    }

    private static bool Referable(in Jobseeker js, ModelParameters p, int b) =>
        js.Stage(b) == BarrierStage.Known && p.BarrierAgency[b] >= 0 && p.BarrierAgency[b] != p.PesIndex;

    private static void Refer(ref Jobseeker js, WeekContext ctx, AgentOutputs o, int b)
    {
        var p = ctx.P;
        int agency = p.BarrierAgency[b];
        js.SetStage(b, BarrierStage.Referred, ctx.Week);
        js.SetAttempts(b, 1);
        // A single agency's diagnosis sometimes sends the client to the wrong service; a joint one does not.
        bool joint = ModelParameters.Covers(p.Mechanisms.JointDiagnosis, js);
        js.SetMisrouted(b, !joint && o.Rng(js.Id).Chance(p.Services.Misroute, Purpose.Misroute, b));
        EngagementRules.Handoff(ref js, ctx);
        o.Tally.AddAgency(agency, AgencyCounter.ReferralsIn);
        o.Event(js.Id, ctx.Week, JourneyEventKind.Referred, agency, b);
    }

    /// <summary>Probability that a referred client turns up at the receiving agency.</summary>
    public static double ArrivalProbability(in Jobseeker js, ModelParameters p)
    {
        var m = p.Mechanisms;
        var s = p.Services;
        double x = p.LogitReferralBase
                   + (ModelParameters.Covers(m.FollowUp, js) ? p.LogFollowUpOdds : 0)
                   + m.CoLocation * p.LogCoLocationOdds
                   - s.MobilityFriction * js.Severity((int)Barrier.Mobility) * (1 - m.CoLocation)
                   + s.TrustEffect * (js.Trust - 0.5);
        return ModelParameters.Logistic(x);
    }

    /// <summary>The week after a referral: did the client arrive, and was the referral right?</summary>
    public static void Resolve(ref Jobseeker js, WeekContext ctx, AgentOutputs o, int b)
    {
        var p = ctx.P;
        int week = ctx.Week;
        if (week <= js.StageSince[b]) return;
        int agency = p.BarrierAgency[b];
        int attempt = js.Attempts(b);
        var draw = o.Rng(js.Id);

        if (!draw.Chance(ArrivalProbability(js, p), Purpose.ReferralArrival, b))
        {
            if (ModelParameters.Covers(p.Mechanisms.FollowUp, js) && attempt < p.Services.MaxReferralAttempts)
            {
                // The protocol's check finds the client never arrived and books them again.
                js.SetStage(b, BarrierStage.Referred, week + p.Services.FollowUpCheckWeeks - 1);
                js.SetAttempts(b, attempt + 1);
                o.Event(js.Id, week, JourneyEventKind.ReferralRepeated, agency, b);
                return;
            }
            js.SetStage(b, BarrierStage.Lost, week);
            o.Tally.AddCrack(js.GroupKey, CrackKind.ReferralNeverArrived);
            o.Event(js.Id, week, JourneyEventKind.ReferralLost, agency, b);
            return;
        }

        o.Tally.AddAgency(agency, AgencyCounter.Arrivals);
        o.Event(js.Id, week, JourneyEventKind.Arrived, agency, b);
        var m = p.Mechanisms;
        bool hardCase = js.OpenKnownCount >= m.TargetGroupMinBarriers;
        bool bounced = js.Misrouted(b)
            || (hardCase && draw.Chance(p.Services.CompetitiveBounce * m.Competition, Purpose.Bounce, b));
        if (bounced)
        {
            // Ping-pong: the agency sends the client back to be referred again.
            js.SetMisrouted(b, false);
            js.SetStage(b, BarrierStage.Known, week);
            EngagementRules.Handoff(ref js, ctx);
            o.Tally.AddCrack(js.GroupKey, CrackKind.CircularReferral);
            o.Event(js.Id, week, JourneyEventKind.Bounced, agency, b);
            return;
        }
        if (!ModelParameters.Covers(m.SharedRecord, js) && !ModelParameters.Covers(m.JointDiagnosis, js))
        {
            // Neither a shared record nor a joint diagnosis the partners signed up to: the receiving agency
            // repeats the assessment (duplication, 002).
            o.Tally.AddAgency(agency, AgencyCounter.RepeatAssessments);
            o.Tally.AddCrack(js.GroupKey, CrackKind.RepeatedAssessment);
            o.Event(js.Id, week, JourneyEventKind.Reassessed, agency, b);
        }
        js.SetStage(b, BarrierStage.Waiting, week);
        o.Event(js.Id, week, JourneyEventKind.Waiting, agency, b);
    }
}
