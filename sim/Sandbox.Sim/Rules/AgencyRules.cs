using Sandbox.Sim.Engine;

namespace Sandbox.Sim.Rules;

/// <summary>
/// What each agency decides at the start of a week from last week's state: how many clients it admits from
/// its waiting list (free slots, and only while its budget — its own share plus what it may draw from a
/// pooled budget — is not spent), and how often PES caseworkers can meet their clients.
/// </summary>
public static class AgencyRules
{
    /// <summary>How many of the (sorted) waiting clients the agency admits this week.</summary>
    public static int Admissions(AgencyParameters agency, long caseload, int waiting, bool budgetOpen)
    {
        if (!budgetOpen) return 0;
        long free = agency.Slots - caseload;
        return (int)Math.Clamp(free, 0, waiting);
    }

    /// <summary>
    /// Chance of a PES meeting in a week: one every <c>MeetingIntervalWeeks</c> at or below the caseload norm,
    /// proportionally fewer above it (Schiprowski 2019: lost meetings lengthen spells).
    /// </summary>
    public static double MeetingProbability(ModelParameters p, long pesCaseload)
    {
        var pes = p.Agencies[p.PesIndex];
        double coverage = pesCaseload <= pes.Slots ? 1.0 : (double)pes.Slots / pesCaseload;
        return coverage / p.Services.MeetingIntervalWeeks;
    }
}
