using Sandbox.Sim.Model;

namespace Sandbox.Sim.Metrics;

/// <summary>Population groups for equity breakdowns: vulnerable flags (003 KS1-M08) and number of barriers at entry.</summary>
public enum MetricGroup : byte
{
    All = 0, LowQualifications, Disability, ThirdCountryNational, Minority, NoVulnerableFlag,
    NoBarrier, OneBarrier, TwoBarriers, ThreePlusBarriers,
}

public static class MetricGroups
{
    public const int Count = 10;

    public static readonly MetricGroup[] All = Enum.GetValues<MetricGroup>();

    public static string Key(this MetricGroup g) => g switch
    {
        MetricGroup.All => "all",
        MetricGroup.LowQualifications => "lowQualifications",
        MetricGroup.Disability => "disability",
        MetricGroup.ThirdCountryNational => "thirdCountryNational",
        MetricGroup.Minority => "minority",
        MetricGroup.NoVulnerableFlag => "noVulnerableFlag",
        MetricGroup.NoBarrier => "barriers0",
        MetricGroup.OneBarrier => "barriers1",
        MetricGroup.TwoBarriers => "barriers2",
        MetricGroup.ThreePlusBarriers => "barriers3plus",
        _ => throw new ArgumentOutOfRangeException(nameof(g)),
    };

    public static string Title(this MetricGroup g) => g switch
    {
        MetricGroup.All => "All jobseekers",
        MetricGroup.LowQualifications => "Low qualifications",
        MetricGroup.Disability => "Disability",
        MetricGroup.ThirdCountryNational => "Third-country nationals",
        MetricGroup.Minority => "Minority",
        MetricGroup.NoVulnerableFlag => "No vulnerable flag",
        MetricGroup.NoBarrier => "No barrier",
        MetricGroup.OneBarrier => "One barrier",
        MetricGroup.TwoBarriers => "Two barriers",
        MetricGroup.ThreePlusBarriers => "Three or more barriers",
        _ => throw new ArgumentOutOfRangeException(nameof(g)),
    };

    /// <summary>Distinct profiles as far as groups go: 4 flag bits × 4 barrier bands.</summary>
    public const int KeyCount = 64;

    /// <summary>
    /// A profile's group key. Counting by key (one increment) and expanding keys into groups once a week is
    /// much cheaper than adding to every group a client belongs to.
    /// </summary>
    public static byte KeyFor(VulnerableFlags flags, int barrierCount) => (byte)((int)flags | Math.Min(barrierCount, 3) << 4);

    /// <summary>The groups of each key, as a bit set (bit i = group i).</summary>
    public static readonly ushort[] MaskOfKey = Enumerable.Range(0, KeyCount)
        .Select(k => MaskFor((VulnerableFlags)(k & 15), k >> 4)).ToArray();

    /// <summary>The groups a profile belongs to, as a bit set (bit i = group i).</summary>
    public static ushort MaskFor(VulnerableFlags flags, int barrierCount)
    {
        int mask = 1 << (int)MetricGroup.All;
        if ((flags & VulnerableFlags.LowQualifications) != 0) mask |= 1 << (int)MetricGroup.LowQualifications;
        if ((flags & VulnerableFlags.Disability) != 0) mask |= 1 << (int)MetricGroup.Disability;
        if ((flags & VulnerableFlags.ThirdCountryNational) != 0) mask |= 1 << (int)MetricGroup.ThirdCountryNational;
        if ((flags & VulnerableFlags.Minority) != 0) mask |= 1 << (int)MetricGroup.Minority;
        if (flags == VulnerableFlags.None) mask |= 1 << (int)MetricGroup.NoVulnerableFlag;
        mask |= 1 << (int)(barrierCount switch
        {
            0 => MetricGroup.NoBarrier,
            1 => MetricGroup.OneBarrier,
            2 => MetricGroup.TwoBarriers,
            _ => MetricGroup.ThreePlusBarriers,
        });
        return (ushort)mask;
    }
}
