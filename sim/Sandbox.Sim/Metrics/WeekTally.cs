using Sandbox.Sim.Model;

namespace Sandbox.Sim.Metrics;

/// <summary>Per-group stocks and flows counted by the weekly rules.</summary>
public enum GroupCounter : byte
{
    Population, Unemployed, Employed, Sustained26, Sustained52, LongTerm, OutOfService, InPartnerService,
    NewSustained26, NewSustained52, Hires, Separations, Entries, LeftLabourForce, UnemployedExits,
}

/// <summary>Per-agency activity counted by the weekly rules; costs are derived from these counts.</summary>
public enum AgencyCounter : byte
{
    Assessments, RepeatAssessments, JointDiagnoses, ReferralsIn, Arrivals, Admissions, Caseload,
    Completions, Resolved, Dropouts, Waiting, Meetings, JointClients,
}

/// <summary>Labour-market counters kept for calibration, by spell band (0–3, 3–6, 6–12, 12+ months).</summary>
public enum MarketCounter : byte { Applications, Callbacks, Interviews, Offers }

/// <summary>
/// Integer counters for one week. Every engine adds whole numbers only, so partial tallies from threads,
/// partitions or grains sum to the same bits in any order; costs are computed once from the sums.
/// </summary>
public sealed class WeekTally
{
    public const int GroupCounterCount = 15;
    public const int AgencyCounterCount = 13;
    public const int MarketCounterCount = 4;
    public const int SpellBands = 4;
    public const int MaxAgencies = AgencyKinds.Count;

    private const int GroupBase = 0;
    private const int CrackBase = GroupBase + MetricGroups.Count * GroupCounterCount;
    private const int AgencyBase = CrackBase + MetricGroups.Count * CrackKinds.Count;
    private const int MarketBase = AgencyBase + MaxAgencies * AgencyCounterCount;
    public const int Size = MarketBase + MarketCounterCount * SpellBands;

    public long[] Counts { get; } = new long[Size];

    public void Clear() => Array.Clear(Counts);

    public void Add(WeekTally other)
    {
        var a = Counts;
        var b = other.Counts;
        for (int i = 0; i < a.Length; i++) a[i] += b[i];
    }

    /// <summary>Adds one to a counter for every group in the profile's group mask.</summary>
    public void AddGroups(ushort groups, GroupCounter counter, long n = 1)
    {
        uint g = groups;
        while (g != 0)
        {
            int i = System.Numerics.BitOperations.TrailingZeroCount(g);
            Counts[GroupBase + i * GroupCounterCount + (int)counter] += n;
            g &= g - 1;
        }
    }

    public void AddCrack(ushort groups, CrackKind kind)
    {
        uint g = groups;
        while (g != 0)
        {
            int i = System.Numerics.BitOperations.TrailingZeroCount(g);
            Counts[CrackBase + i * CrackKinds.Count + (int)kind]++;
            g &= g - 1;
        }
    }

    public void AddAgency(int agency, AgencyCounter counter, long n = 1) =>
        Counts[AgencyBase + agency * AgencyCounterCount + (int)counter] += n;

    public void AddMarket(MarketCounter counter, int spellWeeks, long n = 1) =>
        Counts[MarketBase + (int)counter * SpellBands + BandOf(spellWeeks)] += n;

    public long Group(MetricGroup g, GroupCounter c) => Counts[GroupBase + (int)g * GroupCounterCount + (int)c];
    public long Crack(MetricGroup g, CrackKind k) => Counts[CrackBase + (int)g * CrackKinds.Count + (int)k];
    public long Agency(int agency, AgencyCounter c) => Counts[AgencyBase + agency * AgencyCounterCount + (int)c];
    public long Market(MarketCounter c, int band) => Counts[MarketBase + (int)c * SpellBands + band];

    /// <summary>Spell bands of the calibration facts: under 3 months, 3–6, 6–12, over 12.</summary>
    public static int BandOf(int spellWeeks) => spellWeeks < 13 ? 0 : spellWeeks < 26 ? 1 : spellWeeks < 52 ? 2 : 3;

    public static readonly string[] BandKeys = ["0-3m", "3-6m", "6-12m", "12m+"];
}
