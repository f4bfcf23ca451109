namespace Sandbox.Sim.Validation.Journeys;

/// <summary>How an unemployment spell ended.</summary>
public enum SpellEnd : byte { Censored, Hired, LeftLabourForce }

/// <summary>
/// One unemployment spell as observed in a run. <see cref="Start"/> is the week the run first sees the client
/// unemployed: the claim week for a new claim, the registration week for the initial stock (whose spells began
/// before the run). <see cref="End"/> is the exit week, or -1 while the spell is still running at the end.
/// </summary>
public readonly record struct Spell(int Client, int Start, int End, SpellEnd Ending, bool NewClaim)
{
    /// <summary>True when the spell ended (by a job or leaving the labour force) fewer than <paramref name="weeks"/> weeks after it started.</summary>
    public bool EndedWithin(int weeks) => Ending != SpellEnd.Censored && End - Start < weeks;

    /// <summary>Weeks unemployed, counted up to <paramref name="cap"/> (a restricted mean's unit).</summary>
    public int DurationCapped(int cap) => Ending == SpellEnd.Censored ? cap : Math.Min(cap, End - Start);
}
