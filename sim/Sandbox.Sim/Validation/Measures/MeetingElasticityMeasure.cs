namespace Sandbox.Sim.Validation.Measures;

/// <summary>
/// How much longer unemployment lasts per caseworker meeting lost (Schiprowski 2019). The contrast arm has
/// fewer PES caseworkers, so caseloads exceed the norm and meetings thin out; everything else is the same
/// (common random numbers). Per arm: the mean spell length of new claims, restricted to a horizon so every
/// spell counted is followed for the whole horizon, and the meetings held per unemployed client-week. The
/// measure is (relative lengthening of spells) ÷ (meetings lost per spell), e.g. 0.05 = 5% longer per meeting.
/// </summary>
public sealed class MeetingElasticityMeasure(int horizon, Cohort cohort, int burnIn) : IMeasure
{
    public IReadOnlyList<string> Arms => Arm.Both;
    public bool NeedsJourneys => true;

    public double Evaluate(IReadOnlyDictionary<string, ArmRun> runs)
    {
        var (baseWeeks, baseRate) = Observe(runs[Arm.Base]);
        var (fewerWeeks, fewerRate) = Observe(runs[Arm.Contrast]);
        double lostPerSpell = (baseRate - fewerRate) * baseWeeks;
        return (fewerWeeks / baseWeeks - 1) / lostPerSpell;
    }

    private (double MeanWeeks, double MeetingsPerWeek) Observe(ArmRun run)
    {
        int lastStart = run.P.Weeks - horizon;
        long weeks = 0;
        int spells = 0;
        foreach (var s in run.Spells)
        {
            if (s.Start < burnIn || s.Start > lastStart || !cohort.Spell(run, s)) continue;
            spells++;
            weeks += s.DurationCapped(horizon);
        }
        double meetings = Weekly.Sum(run.Result, "meetings", burnIn, "pes");
        double unemployedWeeks = Weekly.Sum(run.Result, "unemployed", burnIn);
        return ((double)weeks / spells, meetings / unemployedWeeks);
    }
}
