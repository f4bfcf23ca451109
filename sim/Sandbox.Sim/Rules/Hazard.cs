namespace Sandbox.Sim.Rules;

/// <summary>
/// Time to an event under a constant weekly hazard, drawn once instead of a coin toss every week. It gives
/// the same distribution (geometric) at a fraction of the cost for the majority of clients whose state does
/// not change from week to week, such as people in work.
/// </summary>
public static class Hazard
{
    /// <summary>The week, after <paramref name="from"/>, in which the event happens; <see cref="short.MaxValue"/> if never.</summary>
    public static short NextEventWeek(int from, double weeklyHazard, double u)
    {
        if (weeklyHazard <= 0) return short.MaxValue;
        if (weeklyHazard >= 1) return (short)Math.Min(short.MaxValue, from + 1);
        double weeks = Math.Ceiling(Math.Log(1 - u) / Math.Log(1 - weeklyHazard));
        return (short)Math.Min(short.MaxValue, from + Math.Max(1, weeks));
    }
}
