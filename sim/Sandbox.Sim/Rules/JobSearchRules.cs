using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Rules;

/// <summary>
/// Job search: how many applications a client sends and to which open vacancies. Search effort rises with
/// motivation and with caseworker meetings, whose boost fades over the following weeks (Schiprowski 2019);
/// it falls with health and family constraints, when nobody holds the case, and during a course at the
/// training provider (002 box 4: up to ten months in the classroom and at the workplace).
/// </summary>
public static class JobSearchRules
{
    public static double SearchIntensity(in Jobseeker js, WeekContext ctx)
    {
        var p = ctx.P;
        double availability = Math.Max(0.1, 1 - 0.12 * (js.Severity((int)Barrier.FamilyConstraints) + js.Severity((int)Barrier.Health)));
        double engagement = js.Engagement switch { Engagement.Held => 1.0, Engagement.Unheld => 0.8, _ => 0.6 };
        double course = js.Stage((int)Barrier.CoreWorkSkills) == BarrierStage.Treating ? p.CourseSearchFactor : 1.0;
        return p.Labour.ApplicationsPerWeek * (0.5 + js.Motivation) * availability * engagement * course
               * (1 + p.MeetingBoostAfter[js.WeeksSinceMeeting]);
    }

    /// <summary>
    /// Sends this week's applications. Each goes to a vacancy the client's skills allow and is screened there
    /// straight away: the employer's verdict depends only on what the application shows and on the applicant's
    /// own draws, so deciding it here gives the same result as screening later, and only interviewed
    /// candidates are kept for the hiring phase (most applications get no callback).
    /// </summary>
    public static void Search(in Jobseeker js, WeekContext ctx, AgentOutputs o)
    {
        int eligible = ctx.EligibleVacancies[js.Skill];
        if (eligible == 0) return;
        var draw = o.Rng(js.Id);
        int count = PoissonCount.Of(SearchIntensity(js, ctx), draw.U(Purpose.ApplicationCount));
        // No branch on the count: it comes at the end of a long chain of arithmetic, and a search with no
        // application (one in thirteen) screens nothing below.
        var p = ctx.P;
        bool matched = js.TargetGroup != 0 && js.Engagement == Engagement.Held && p.Mechanisms.EmployerInvolvement > 0;
        short spell = (short)Math.Min(short.MaxValue, js.SpellWeeks(ctx.Week));
        // Rounded to float as the verdict was when applications carried it: the draws compare against the same value.
        double callback = (float)EmployerRules.CallbackProbability(spell, js.TotalSeverity,
            System.Numerics.BitOperations.PopCount((uint)js.Flags), matched, p);
        var tally = o.Tally;
        tally.AddMarket(MarketCounter.Applications, spell, count);
        // Which vacancy only matters to a candidate (or to an engine that reports applications per employer);
        // the draws are keyed, so drawing it later or not at all changes nothing else.
        var applied = o.AppliedTo;
        int firstApplied = applied?.Count ?? 0;
        if (applied is not null)
            for (int i = 0; i < count; i++) applied.Add(draw.Below(eligible, Purpose.ApplicationTarget, i));
        for (uint called = EmployerRules.Screen(draw, count, callback, spell, tally); called != 0; called &= called - 1)
        {
            int i = System.Numerics.BitOperations.TrailingZeroCount(called);
            if (EmployerRules.Interview(draw, i, p.InterviewSuccess(spell), spell, tally) is double score)
                o.Candidates.Add(new Candidate(js.Id, applied is not null ? applied[firstApplied + i] : draw.Below(eligible, Purpose.ApplicationTarget, i), score));
        }
    }
}
