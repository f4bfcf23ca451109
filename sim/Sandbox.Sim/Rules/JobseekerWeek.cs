using System.Runtime.CompilerServices;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Rules;

/// <summary>
/// One jobseeker's week, in the phase order of the model: intake → referrals and their outcomes → waiting and
/// treatment → job search and applications (hiring follows in the employer phase) → separations. The function
/// reads only the client's own state and the week's context, so any set of clients can be run in any order,
/// on any thread or grain, with the same result.
/// </summary>
public static class JobseekerWeek
{
    /// <param name="admitted">Barrier bits for which an agency admitted this client from its waiting list this week.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Step(ref Jobseeker js, WeekContext ctx, AgentOutputs o, byte admitted)
    {
        // Most clients are in a job with nothing happening this week, or have left for good. People in work
        // are counted in running in-work stocks that change only on their event weeks (see InWork), so those
        // weeks cost one test inline in the engine's loop; the full week below is a call for the others.
        if (js.Status == LabourStatus.Employed && EmploymentRules.Uneventful(js, ctx.Week)) return;
        if (js.Status != LabourStatus.Inactive) Eventful(ref js, ctx, o, admitted);
    }

    private static void Eventful(ref Jobseeker js, WeekContext ctx, AgentOutputs o, byte admitted)
    {
        o.BeginAgent(js.Id, ctx);
        int inWorkBefore = InWork(js, ctx.Week - 1);
        switch (js.Status)
        {
            case LabourStatus.NotEntered:
                if (js.EntryWeek != ctx.Week) return;
                IntakeRules.Enter(ref js, ctx, o);
                Services(ref js, ctx, o, admitted, entering: true);
                break;
            case LabourStatus.Unemployed:
                if (EmploymentRules.MaybeLeave(ref js, ctx, o)) break;
                Services(ref js, ctx, o, admitted, entering: false);
                break;
            case LabourStatus.Employed:
                if (EmploymentRules.MaybeLeave(ref js, ctx, o)) break;
                EmploymentRules.Week(ref js, ctx, o);
                break;
        }
        Observe(js, ctx, o);
        o.Tally.ChangeInWork(js.GroupKey, inWorkBefore, InWork(js, ctx.Week));
    }

    /// <summary>
    /// What the in-work stocks hold of this client as observed at the end of <paramref name="week"/>'s
    /// jobseeker phase: bit 0 in work, bit 1 for 26 weeks or more, bit 2 for 52 or more. Hires happen after
    /// that observation, so a job started in week h counts from week h + 1 (tenure 1); the stocks change only
    /// at tenure 1, 26 and 52 and when the job ends, which <see cref="EmploymentRules.Uneventful"/> treats as events.
    /// Call before the week's rules with <paramref name="week"/> − 1 (the client's status is still last week's).
    /// </summary>
    private static int InWork(in Jobseeker js, int week)
    {
        if (js.Status != LabourStatus.Employed) return 0;
        int tenure = week - js.JobStart;
        if (tenure < 1) return 0;
        return 1 | (tenure >= EmploymentRules.Sustained26 ? 2 : 0) | (tenure >= EmploymentRules.Sustained52 ? 4 : 0);
    }

    // Services and Observe run on almost every visit: inlined into the week they save two calls' register saves
    // and restores a visit (2-3% of a run in paired measurements against the floor).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Services(ref Jobseeker js, WeekContext ctx, AgentOutputs o, byte admitted, bool entering)
    {
        var p = ctx.P;
        if (js.Engagement != Engagement.Held)
        {
            EngagementRules.MaybeReregister(ref js, ctx, o);
        }
        else if (!entering)
        {
            EngagementRules.Drift(ref js, ctx);
            if (js.InPartnerService) AdvancePipelines(ref js, ctx, o, admitted);
            if (js.Status != LabourStatus.Unemployed) return; // kept on by the enterprise that sponsored the course
            if (js.Engagement == Engagement.Held && ctx.Week - js.LastHandoff < p.Services.HandoffWindowWeeks)
                EngagementRules.MaybeDisengage(ref js, ctx, o);
        }
        if (js.Engagement == Engagement.Held) ReferralRules.IssueReferrals(ref js, ctx, o);

        bool meeting = HeldByCaseworker(js, p) && MeetingDrawn(o.Rng(js.Id), ctx.MeetingProbability);
        // About one held client in four meets a caseworker in a week, at random: the outcome is used as a number
        // rather than branched on, so the processor has nothing to mispredict.
        int met = meeting ? 1 : 0;
        o.Tally.AddAgency(p.PesIndex, AgencyCounter.Meetings, met);
        if (o.Journey is not null && meeting) o.Event(js.Id, ctx.Week, JourneyEventKind.Meeting, p.PesIndex);
        // A meeting's advice and vacancy leads keep working for weeks; the clock saturates at "none this spell"
        // (255 + 1 carries into bit 8, which stops the count).
        int since = js.WeeksSinceMeeting;
        js.WeeksSinceMeeting = (byte)((since + ((since + 1) >> 8 ^ 1)) & (met - 1));
        JobSearchRules.Search(js, ctx, o);
    }

    /// <summary>
    /// The week's meeting draw: a client a caseworker holds meets them when it falls below the week's meeting
    /// probability. Keyed by agent and week like every draw, so an analysis can tell, as Schiprowski's caseworker
    /// absences did, which clients a meeting would have reached in a week whether or not they had one.
    /// </summary>
    public static bool MeetingDrawn(Draw draw, double probability) => draw.Chance(probability, Purpose.MeetingMissed);

    private static void AdvancePipelines(ref Jobseeker js, WeekContext ctx, AgentOutputs o, byte admitted)
    {
        // Barriers in ascending order, as a plain loop over all seven would visit them, reading the live set
        // after each step: a step may start or end another barrier's pipeline.
        for (int pending = js.ActiveBarriers; pending != 0; )
        {
            int b = System.Numerics.BitOperations.TrailingZeroCount(pending);
            switch (js.Stage(b))
            {
                case BarrierStage.Referred: ReferralRules.Resolve(ref js, ctx, o, b); break;
                case BarrierStage.Waiting: TreatmentRules.Wait(ref js, ctx, o, b, (admitted & (1 << b)) != 0); break;
                case BarrierStage.Treating: TreatmentRules.Treat(ref js, ctx, o, b); break;
            }
            pending = js.ActiveBarriers & (-2 << b);
        }
    }

    /// <summary>
    /// Is a PES caseworker (or case manager) actively working with this client this week? Without a protocol
    /// or a case manager the PES parks the case while the client is with a partner service (002 box 3:
    /// no "systematic follow-up on progress made by jobseekers").
    /// </summary>
    public static bool HeldByCaseworker(in Jobseeker js, ModelParameters p) => HeldByCaseworker(js, p, js.InPartnerService);

    private static bool HeldByCaseworker(in Jobseeker js, ModelParameters p, bool inPartnerService) =>
        js.Status == LabourStatus.Unemployed && js.Engagement == Engagement.Held &&
        (!inPartnerService || js.CaseManaged != 0 || ModelParameters.Covers(p.Mechanisms.FollowUp, js));

    private static void ObservePipelines(in Jobseeker js, ModelParameters p, AgentOutputs o)
    {
        for (int active = js.ActiveBarriers; active != 0; active &= active - 1)
        {
            int b = System.Numerics.BitOperations.TrailingZeroCount(active);
            var stage = js.Stage(b);
            if (stage == BarrierStage.Waiting)
            {
                int a = p.BarrierAgency[b];
                o.Tally.AddAgency(a, AgencyCounter.Waiting);
                o.Waiting[a].Add(new WaitEntry(js.StageSince[b], js.Id, (byte)b));
            }
            else if (stage == BarrierStage.Treating)
            {
                o.Tally.AddAgency(p.BarrierAgency[b], AgencyCounter.Caseload);
            }
        }
    }

    /// <summary>
    /// End-of-week stocks of clients out of work and the waiting lists the agencies will see next week. The
    /// population is not counted here: it is the unemployed plus those in work (<see cref="WeekTally.SettleInWork"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Observe(in Jobseeker js, WeekContext ctx, AgentOutputs o)
    {
        var t = o.Tally;
        var p = ctx.P;
        switch (js.Status)
        {
            case LabourStatus.Employed when js.JobStart == ctx.Week:
                // Kept on by a course sponsor this week: counted like a market hire, which is observed still
                // unemployed in its hire week and in work from the next.
                t.AddGroups(js.GroupKey, GroupCounter.Unemployed);
                if (js.SpellWeeks(ctx.Week) >= 52) t.AddGroups(js.GroupKey, GroupCounter.LongTerm);
                break;
            case LabourStatus.Unemployed:
                t.AddGroups(js.GroupKey, GroupCounter.Unemployed);
                if (js.SpellWeeks(ctx.Week) >= 52) t.AddGroups(js.GroupKey, GroupCounter.LongTerm);
                if (js.Engagement != Engagement.Held)
                {
                    t.AddGroups(js.GroupKey, GroupCounter.OutOfService);
                    break;
                }
                bool partner = js.InPartnerService;
                if (partner) t.AddGroups(js.GroupKey, GroupCounter.InPartnerService);
                if (HeldByCaseworker(js, p, partner))
                {
                    t.AddAgency(p.PesIndex, AgencyCounter.Caseload); // the PES caseload: clients its caseworkers hold
                    if (partner || js.Any(BarrierStage.Known)) t.AddAgency(p.PesIndex, AgencyCounter.JointClients);
                }
                if (partner) ObservePipelines(js, p, o);
                break;
        }
    }
}
