using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;
using Sandbox.Sim.Validation.Journeys;

namespace Sandbox.Sim.Validation.Measures;

/// <summary>
/// How much longer unemployment lasts per caseworker meeting lost, compared client by client within one
/// market, as Schiprowski (2019) compared jobseekers whose meeting fell in a caseworker's unplanned absence
/// with those whose meeting went ahead. In the model a client's meeting in a week is a keyed draw, so for every
/// week of every counted spell it is known whether a meeting would have come due (the draw is below the most a
/// week's meeting probability can be, one per meeting interval). Clients for whom it did not come due lost
/// that week's meeting by chance; the others met their caseworker if one held them (their meeting events say
/// who did). Per spell week: the difference in mean spell length (restricted to a horizon) between the two,
/// divided by the share of clients the due meeting actually reached, pooled over spell weeks in proportion to
/// the spells still running. The measure is that effect relative to the mean spell length, e.g. 0.05 = 5%
/// longer per meeting lost. Both groups compete in the same market, so little of the contrast is displacement.
/// </summary>
public sealed class LostMeetingMeasure(int horizon, Cohort cohort, int burnIn) : IMeasure
{
    public IReadOnlyList<string> Arms => Arm.BaseOnly;
    public bool NeedsJourneys => true;

    public double Evaluate(IReadOnlyDictionary<string, ArmRun> runs)
    {
        var run = runs[Arm.Base];
        var p = run.P;
        double due = 1.0 / p.Services.MeetingIntervalWeeks;
        var notDue = new Tally[horizon];
        var wasDue = new Tally[horizon];
        var met = new long[horizon];
        long spells = 0, spellWeeks = 0;
        int lastStart = p.Weeks - horizon;
        foreach (var s in run.Spells)
        {
            if (s.Start < burnIn || s.Start > lastStart || !cohort.Spell(run, s)) continue;
            int length = s.DurationCapped(horizon);
            spells++;
            spellWeeks += length;
            // Week 0 is the claim week: a client back from a job has no meeting draw in it. A spell ending in week
            // k counts in week k: a hire comes after that week's meeting and search; leaving the labour force comes
            // before the meeting, but no more often where one would have come due.
            int lastWeek = s.Ending == SpellEnd.Censored ? horizon - 1 : Math.Min(horizon - 1, s.End - s.Start);
            var journey = run.Journeys.Of(s.Client);
            int read = 0; // the journey is in week order, and so are the spell's weeks: one pass reads it
            for (int k = 1; k <= lastWeek; k++)
            {
                int week = s.Start + k;
                if (JobseekerWeek.MeetingDrawn(new Draw(p.Seed, s.Client, week), due))
                {
                    wasDue[k].Add(length);
                    if (HadMeeting(journey, ref read, week)) met[k]++;
                }
                else notDue[k].Add(length);
            }
        }
        double longer = 0, reached = 0;
        for (int k = 1; k < horizon; k++)
        {
            if (notDue[k].N == 0 || wasDue[k].N == 0) continue;
            double w = notDue[k].N + wasDue[k].N;
            longer += w * (notDue[k].Mean - wasDue[k].Mean);
            reached += w * met[k] / wasDue[k].N;
        }
        if (spells == 0 || reached <= 0) return double.NaN;
        return longer / reached / ((double)spellWeeks / spells);
    }

    /// <summary>Was there a meeting in <paramref name="week"/>? Reads on from <paramref name="read"/>, past the weeks before it.</summary>
    private static bool HadMeeting(ReadOnlySpan<JourneyEvent> journey, ref int read, int week)
    {
        while (read < journey.Length && journey[read].Week < week) read++;
        for (int i = read; i < journey.Length && journey[i].Week == week; i++)
            if (journey[i].Kind == JourneyEventKind.Meeting) return true;
        return false;
    }

    private struct Tally
    {
        public long N;
        private long _sum;
        public readonly double Mean => (double)_sum / N;
        public void Add(int value) { N++; _sum += value; }
    }
}
