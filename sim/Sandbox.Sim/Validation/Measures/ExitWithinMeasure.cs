namespace Sandbox.Sim.Validation.Measures;

/// <summary>
/// Share of unemployment spells that end (a job, or leaving the labour force: leaving the claimant count)
/// within a number of weeks. Counts spells that start after the burn-in and early enough to be followed for
/// the whole horizon, so no spell is censored.
/// </summary>
public sealed class ExitWithinMeasure(int weeks, Cohort cohort, string arm, int burnIn) : IMeasure
{
    public IReadOnlyList<string> Arms { get; } = Arm.Only(arm);
    public bool NeedsJourneys => true;

    public double Evaluate(IReadOnlyDictionary<string, ArmRun> runs)
    {
        var run = runs[arm];
        int lastStart = run.P.Weeks - weeks;
        int counted = 0, exited = 0;
        foreach (var s in run.Spells)
        {
            if (s.Start < burnIn || s.Start > lastStart || !cohort.Spell(run, s)) continue;
            counted++;
            if (s.EndedWithin(weeks)) exited++;
        }
        return counted > 0 ? (double)exited / counted : double.NaN;
    }
}
