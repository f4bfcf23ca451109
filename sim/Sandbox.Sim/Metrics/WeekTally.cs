using System.Runtime.CompilerServices;
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
/// Group counters are kept per profile key (see <see cref="MetricGroups.KeyFor"/>) and expanded to groups on read.
/// </summary>
public sealed class WeekTally
{
    public const int GroupCounterCount = 15;
    public const int AgencyCounterCount = 13;
    public const int MarketCounterCount = 4;
    public const int SpellBands = 4;
    public const int MaxAgencies = AgencyKinds.Count;

    private const int GroupBase = 0;
    private const int CrackBase = GroupBase + MetricGroups.KeyCount * GroupCounterCount;
    private const int AgencyBase = CrackBase + MetricGroups.KeyCount * CrackKinds.Count;
    private const int MarketBase = AgencyBase + MaxAgencies * AgencyCounterCount;
    private const int InWorkBase = MarketBase + MarketCounterCount * SpellBands;
    /// <summary>In-work stocks kept as running totals: in work, 26 weeks or more, 52 weeks or more.</summary>
    public const int InWorkCounterCount = 3;
    public const int InWorkSize = MetricGroups.KeyCount * InWorkCounterCount;
    public const int Size = InWorkBase + InWorkSize;

    private static readonly GroupCounter[] InWorkCounters = [GroupCounter.Employed, GroupCounter.Sustained26, GroupCounter.Sustained52];

    public long[] Counts { get; } = new long[Size];

    /// <summary>Random numbers drawn this week (a diagnostic for benchmarks, not a model quantity).</summary>
    public long Draws;

    public void Clear()
    {
        Array.Clear(Counts);
        Draws = 0;
    }

    /// <summary>
    /// About how many counter increments the week's rules made (a diagnostic for benchmarks): every group, crack,
    /// agency and market counter, less the stocks <see cref="SettleInWork"/> writes and the application counts
    /// (a client's applications are added in one go; their callbacks are too, but count one per callback, so
    /// the floor makes at most as many increments as the kernel). Read after settlement.
    /// </summary>
    public long Increments()
    {
        long sum = 0;
        for (int i = GroupBase; i < InWorkBase; i++) sum += Counts[i];
        for (int key = 0; key < MetricGroups.KeyCount; key++)
        {
            int group = GroupBase + key * GroupCounterCount;
            sum -= Counts[group + (int)GroupCounter.Population];
            foreach (var c in InWorkCounters) sum -= Counts[group + (int)c];
        }
        for (int band = 0; band < SpellBands; band++) sum -= Counts[MarketBase + (int)MarketCounter.Applications * SpellBands + band];
        return sum;
    }

    public void Add(WeekTally other)
    {
        Draws += other.Draws;
        var a = Counts;
        var b = other.Counts;
        for (int i = 0; i < a.Length; i++) a[i] += b[i];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddGroups(byte key, GroupCounter counter) => Counts[GroupBase + key * GroupCounterCount + (int)counter]++;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddCrack(byte key, CrackKind kind) => Counts[CrackBase + key * CrackKinds.Count + (int)kind]++;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddAgency(int agency, AgencyCounter counter, long n = 1) =>
        Counts[AgencyBase + agency * AgencyCounterCount + (int)counter] += n;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddMarket(MarketCounter counter, int spellWeeks, long n = 1) =>
        Counts[MarketBase + (int)counter * SpellBands + BandOf(spellWeeks)] += n;

    /// <summary>
    /// Records how a client's place in the in-work stocks changed this week (bit masks: bit 0 in work, 1 for
    /// 26 weeks or more, 2 for 52 or more). Only changes are added, so a week in work with no event adds nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ChangeInWork(byte key, int before, int after)
    {
        for (int changed = before ^ after; changed != 0; changed &= changed - 1)
        {
            int c = System.Numerics.BitOperations.TrailingZeroCount(changed);
            Counts[InWorkBase + key * InWorkCounterCount + c] += (after >> c & 1) - (before >> c & 1);
        }
    }

    /// <summary>
    /// Adds the week's in-work changes to the running <paramref name="stocks"/> and writes the stocks into the
    /// week's group counters; the population is those in work and the unemployed counted this week (the only
    /// clients in it). After this the tally reads as if every client had been counted.
    /// </summary>
    public void SettleInWork(long[] stocks)
    {
        for (int key = 0; key < MetricGroups.KeyCount; key++)
        {
            for (int c = 0; c < InWorkCounterCount; c++)
            {
                int i = key * InWorkCounterCount + c;
                stocks[i] += Counts[InWorkBase + i];
                Counts[GroupBase + key * GroupCounterCount + (int)InWorkCounters[c]] += stocks[i];
            }
            int group = GroupBase + key * GroupCounterCount;
            Counts[group + (int)GroupCounter.Population] += stocks[key * InWorkCounterCount] + Counts[group + (int)GroupCounter.Unemployed];
        }
    }

    /// <summary>
    /// Every group's counters and cracks, summed over the keys in one pass: <paramref name="groups"/> is indexed
    /// group × <see cref="GroupCounterCount"/> + counter, <paramref name="cracks"/> group × crack kinds + kind.
    /// A week's metrics read each group sum several times; summing per read walks all keys every time.
    /// </summary>
    public void SumGroups(Span<long> groups, Span<long> cracks)
    {
        groups.Clear();
        cracks.Clear();
        var counts = Counts.AsSpan();
        for (int key = 0; key < MetricGroups.KeyCount; key++)
        {
            var keyGroups = counts.Slice(GroupBase + key * GroupCounterCount, GroupCounterCount);
            var keyCracks = counts.Slice(CrackBase + key * CrackKinds.Count, CrackKinds.Count);
            for (int mask = MetricGroups.MaskOfKey[key]; mask != 0; mask &= mask - 1)
            {
                int g = System.Numerics.BitOperations.TrailingZeroCount(mask);
                Accumulate(groups.Slice(g * GroupCounterCount, GroupCounterCount), keyGroups);
                Accumulate(cracks.Slice(g * CrackKinds.Count, CrackKinds.Count), keyCracks);
            }
        }
    }

    private static void Accumulate(Span<long> into, ReadOnlySpan<long> add)
    {
        for (int i = 0; i < add.Length; i++) into[i] += add[i];
    }

    public long Group(MetricGroup g, GroupCounter c) => SumOverKeys(g, GroupBase, GroupCounterCount, (int)c);
    public long Crack(MetricGroup g, CrackKind k) => SumOverKeys(g, CrackBase, CrackKinds.Count, (int)k);
    public long Agency(int agency, AgencyCounter c) => Counts[AgencyBase + agency * AgencyCounterCount + (int)c];
    public long Market(MarketCounter c, int band) => Counts[MarketBase + (int)c * SpellBands + band];

    private long SumOverKeys(MetricGroup g, int @base, int stride, int offset)
    {
        long sum = 0;
        int bit = 1 << (int)g;
        for (int key = 0; key < MetricGroups.KeyCount; key++)
            if ((MetricGroups.MaskOfKey[key] & bit) != 0) sum += Counts[@base + key * stride + offset];
        return sum;
    }

    /// <summary>Spell bands of the calibration facts: under 3 months, 3–6, 6–12, over 12.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int BandOf(int spellWeeks) => spellWeeks < 13 ? 0 : spellWeeks < 26 ? 1 : spellWeeks < 52 ? 2 : 3;

    public static readonly string[] BandKeys = ["0-3m", "3-6m", "6-12m", "12m+"];
}
