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
    /// The client's search this week: sent at once, or, where the engine gathers searches
    /// (<see cref="AgentOutputs.Searches"/>), left for <see cref="SendAll"/> after every client's services.
    /// Nothing in the rest of a client's week reads what the search produces, so the two give the same result.
    /// </summary>
    public static void Search(in Jobseeker js, WeekContext ctx, AgentOutputs o)
    {
        if (ctx.EligibleVacancies[js.Skill] == 0) return;
        var intent = Intent(js, ctx, o.AgentWeekKey(js.Id));
        if (o.Searches is { } gathered) gathered.Add(intent);
        else Send(intent, Count(intent, ref o.Tally.Draws), ctx, o);
    }

    private static SearchIntent Intent(in Jobseeker js, WeekContext ctx, ulong key)
    {
        var p = ctx.P;
        bool matched = js.TargetGroup != 0 && js.Engagement == Engagement.Held && p.Mechanisms.EmployerInvolvement > 0;
        short spell = (short)Math.Min(short.MaxValue, js.SpellWeeks(ctx.Week));
        // Rounded to float as the verdict was when applications carried it: the draws compare against the same value.
        double callback = (float)EmployerRules.CallbackProbability(spell, js.TotalSeverity,
            System.Numerics.BitOperations.PopCount((uint)js.Flags), matched, p);
        return new SearchIntent(js.Id, key, SearchIntensity(js, ctx), callback, p.InterviewSuccess(spell), spell, js.Skill);
    }

    /// <summary>How many applications the client sends: a Poisson count of one keyed uniform.</summary>
    private static int Count(in SearchIntent s, ref long draws) =>
        PoissonCount.Of(s.Rate, new Draw(s.Key, ref draws).U(Purpose.ApplicationCount));

    /// <summary>
    /// Sends the gathered searches, in the order they were gathered. The counts come first, all of them: each is a
    /// chain of a dozen dependent multiplies, and the chains of different clients overlap where one client's
    /// would stall the applications that follow it.
    /// </summary>
    public static void SendAll(ReadOnlySpan<SearchIntent> searches, GrowableBuffer<int> counts, WeekContext ctx, AgentOutputs o)
    {
        counts.Clear();
        long draws = 0;
        foreach (ref readonly var s in searches) counts.Add(Count(s, ref draws));
        o.Tally.Draws += draws;
        var count = counts.Span;
        for (int k = 0; k < searches.Length; k++)
            if (count[k] > 0) Send(searches[k], count[k], ctx, o);
    }

    /// <summary>
    /// Sends <paramref name="count"/> applications. Each goes to a vacancy the client's skills allow and is screened
    /// there straight away: the employer's verdict depends only on what the application shows and on the
    /// applicant's own draws, so deciding it here gives the same result as screening later, and only interviewed
    /// candidates are kept for the hiring phase (most applications get no callback).
    /// </summary>
    private static void Send(in SearchIntent s, int count, WeekContext ctx, AgentOutputs o)
    {
        if (count == 0) return;
        int eligible = ctx.EligibleVacancies[s.Skill];
        var draw = new Draw(s.Key, ref o.Tally.Draws);
        var tally = o.Tally;
        tally.AddMarket(MarketCounter.Applications, s.Spell, count);
        var applied = o.AppliedTo;
        for (int i = 0; i < count; i++)
        {
            // Which vacancy only matters to a candidate (or to an engine that reports applications per
            // employer); the draws are keyed, so drawing it later or not at all changes nothing else.
            int vacancy = -1;
            if (applied is not null) applied.Add(vacancy = draw.Below(eligible, Purpose.ApplicationTarget, i));
            if (EmployerRules.Interview(draw, i, s.Callback, s.Interview, s.Spell, tally) is double score)
                o.Candidates.Add(new Candidate(s.Agent, vacancy >= 0 ? vacancy : draw.Below(eligible, Purpose.ApplicationTarget, i), score));
        }
    }
}
