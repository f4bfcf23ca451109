using System.Runtime.CompilerServices;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Rules;

/// <summary>
/// Jobs after hiring: fixed-term contracts end (some are converted), indefinite ones end at a low rate, and
/// untreated barriers make any job more fragile (002 box 8). A job held 26 or 52 weeks counts as sustained.
/// </summary>
public static class EmploymentRules
{
    public const int Sustained26 = 26;
    public const int Sustained52 = 52;

    public static void Hire(ref Jobseeker js, WeekContext ctx, AgentOutputs o, in Offer offer)
    {
        var p = ctx.P;
        int week = ctx.Week;
        o.Tally.AddGroups(js.GroupKey, GroupCounter.Hires);
        o.Tally.AddGroups(js.GroupKey, GroupCounter.UnemployedExits);
        o.Event(js.Id, week, JourneyEventKind.Hired, -1, -1);
        js.Status = LabourStatus.Employed;
        js.Engagement = Engagement.Held;
        js.JobStart = (short)week;
        js.WeeksSinceMeeting = byte.MaxValue; // a later spell starts without a meeting's boost
        js.Indefinite = (byte)(offer.Indefinite ? 1 : 0);
        // Keyed afresh: the hiring phase runs after every client's turn, so no turn's key is at hand. Counted
        // like every rule's draws, so the floor benchmark draws these too.
        var draw = new Draw(p, js.Id, week, ref o.Tally.Draws);
        js.ContractEnd = offer.Indefinite ? short.MaxValue : (short)(week + ContractLength(p, draw));
        js.SeparationWeek = Hazard.NextEventWeek(week, SeparationHazard(js, p.Retention), draw.U(Purpose.Separation));
        // A job ends the client's time in services; known barriers stay on the record for a later spell.
        for (int b = 0; b < Barriers.Count; b++)
            if (js.Stage(b) is BarrierStage.Referred or BarrierStage.Waiting or BarrierStage.Treating)
                js.SetStage(b, BarrierStage.Known, week);
    }

    /// <summary>
    /// True when an employed client's week holds nothing to do or count: no first week counted in work, no
    /// milestone, contract end, separation or leaving. Such a week needs no rule at all.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Uneventful(in Jobseeker js, int week) => NextEventWeek(js, week) > week;

    /// <summary>The first week from <paramref name="week"/> on in which an employed client has something to do or count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NextEventWeek(in Jobseeker js, int week)
    {
        int start = js.JobStart;
        int milestone = week <= start + 1 ? start + 1
            : week <= start + Sustained26 ? start + Sustained26
            : week <= start + Sustained52 ? start + Sustained52
            : int.MaxValue;
        return Math.Min(Math.Min(milestone, js.LeaveWeek), Math.Min(js.SeparationWeek, js.ContractEnd));
    }

    /// <summary>An employed client's week: milestones, contract ends and separations.</summary>
    public static void Week(ref Jobseeker js, WeekContext ctx, AgentOutputs o)
    {
        var p = ctx.P;
        var r = p.Retention;
        int week = ctx.Week;
        int tenure = week - js.JobStart;
        if (tenure == Sustained26)
        {
            o.Tally.AddGroups(js.GroupKey, GroupCounter.NewSustained26);
            o.Event(js.Id, week, JourneyEventKind.Sustained26);
        }
        else if (tenure == Sustained52)
        {
            o.Tally.AddGroups(js.GroupKey, GroupCounter.NewSustained52);
            o.Event(js.Id, week, JourneyEventKind.Sustained52);
        }

        bool separated = week >= js.SeparationWeek;
        if (!separated && week >= js.ContractEnd)
        {
            separated = !o.Rng(js.Id).Chance(r.ShortContractRenewal, Purpose.ContractLength, 1);
            if (!separated)
            {
                // Converted to an indefinite contract: the memoryless separation clock restarts at the new hazard.
                js.Indefinite = 1;
                js.ContractEnd = short.MaxValue;
                js.SeparationWeek = Hazard.NextEventWeek(week, SeparationHazard(js, r), o.Rng(js.Id).U(Purpose.Separation));
            }
        }
        if (!separated) return;

        o.Tally.AddGroups(js.GroupKey, GroupCounter.Separations);
        o.Event(js.Id, week, JourneyEventKind.Separated);
        js.Status = LabourStatus.Unemployed;
        js.SpellStart = (short)week;
        o.Tally.AddGroups(js.GroupKey, GroupCounter.Entries);
        IntakeRules.Assess(ref js, ctx, o, p.PesIndex, firstContact: false);
    }

    /// <summary>Weekly separation hazard of the current job: contract type plus fragility from untreated barriers.</summary>
    public static double SeparationHazard(in Jobseeker js, Scenarios.RetentionSpec r) =>
        (js.Indefinite != 0 ? r.IndefiniteSeparation : 0) + r.BarrierSeparation * js.TotalSeverity;

    /// <summary>Barriers behind the reasons 002 box 6 gives for quitting: relocation, chronic illness, unavailability.</summary>
    public const int LeaveBarrierMask = (1 << (int)Barrier.Housing) | (1 << (int)Barrier.Health) | (1 << (int)Barrier.FamilyConstraints);

    /// <summary>
    /// Weekly hazard of leaving the labour force: a base rate for everyone (retirement, moving away) plus a rate
    /// per severity level of a housing, health or family-constraint barrier, the reasons the most vulnerable
    /// give for quitting (002 box 6). Treating such a barrier lowers it.
    /// </summary>
    public static double LeaveHazard(in Jobseeker js, Scenarios.RetentionSpec r) =>
        r.LeaveLabourForce + r.BarrierLeave * (js.Severity((int)Barrier.Housing) + js.Severity((int)Barrier.Health)
                                               + js.Severity((int)Barrier.FamilyConstraints));

    /// <summary>
    /// Redraws the leaving week after a barrier's severity changed: the hazard is constant between changes, so
    /// the time left is drawn afresh at the new hazard (memoryless) from a draw keyed to this week and barrier.
    /// </summary>
    public static void RedrawLeave(ref Jobseeker js, WeekContext ctx, Draw draw, int b)
    {
        if ((LeaveBarrierMask & (1 << b)) == 0 || ctx.P.Retention.BarrierLeave <= 0) return;
        js.LeaveWeek = Hazard.NextEventWeek(ctx.Week, LeaveHazard(js, ctx.P.Retention), draw.U(Purpose.LeaveLabourForce, b));
    }

    /// <summary>Retirement, relocation, chronic illness: leaving the labour force for good, at the week drawn on entry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MaybeLeave(ref Jobseeker js, WeekContext ctx, AgentOutputs o)
    {
        if (ctx.Week < js.LeaveWeek) return false;
        Leave(ref js, ctx, o);
        return true;
    }

    private static void Leave(ref Jobseeker js, WeekContext ctx, AgentOutputs o)
    {
        if (js.Status == LabourStatus.Unemployed) o.Tally.AddGroups(js.GroupKey, GroupCounter.UnemployedExits);
        js.Status = LabourStatus.Inactive;
        for (int b = 0; b < Barriers.Count; b++)
            if (js.Stage(b) is BarrierStage.Referred or BarrierStage.Waiting or BarrierStage.Treating)
                js.SetStage(b, BarrierStage.Lost, ctx.Week);
        o.Tally.AddGroups(js.GroupKey, GroupCounter.LeftLabourForce);
        o.Event(js.Id, ctx.Week, JourneyEventKind.LeftLabourForce);
    }

    private static int ContractLength(ModelParameters p, Draw draw)
    {
        double u = draw.U(Purpose.ContractLength);
        return Math.Max(4, (int)Math.Ceiling(-p.Retention.ShortContractWeeks * Math.Log(1 - u)));
    }
}
