using System.Runtime.CompilerServices;

namespace Sandbox.Sim.Model;

/// <summary>Seven week numbers, one per barrier, stored inline so a jobseeker is one flat blittable struct.</summary>
[InlineArray(Barriers.Count)]
public struct BarrierWeeks
{
    private short _first;
}

/// <summary>
/// One jobseeker: profile and state in one flat struct of about 64 bytes, so the kernel keeps a whole
/// population in one array with no per-agent allocation, and a grain can hold exactly the same value.
/// Per-barrier state is bit-packed: stage (3 bits), severity now and at entry (2 bits each), referral attempts.
/// </summary>
public struct Jobseeker
{
    public int Id;
    public short EntryWeek;
    public byte AgeBand;          // 0 youth (<25), 1 prime age, 2 older (50+)
    public byte Female;
    public byte Skill;            // 0 low, 1 medium, 2 high
    public VulnerableFlags Flags;
    public byte GroupKey;         // flags and barrier band at entry: indexes MetricGroups.MaskOfKey
    public float Motivation;
    public float Trust;

    public LabourStatus Status;
    public Engagement Engagement;
    public byte Indefinite;       // current or last contract type
    public byte CaseManaged;      // 1 when a case manager holds this client (mechanism coverage)
    public byte TargetGroup;      // 1 when intake placed the client in the programme's target group
    public short SpellStart;      // week the current unemployment spell began (negative for the initial stock)
    public short JobStart;
    public short ContractEnd;     // for fixed-term contracts
    public short SeparationWeek;  // week the current job ends through a constant-hazard separation (drawn at hire)
    public short LeaveWeek;       // week the client leaves the labour force (drawn at entry)
    public short LastHandoff;     // week of the last handoff between agencies
    public short UnheldSince;

    private uint _stages;         // 3 bits per barrier
    private uint _severity;       // 2 bits per barrier now (low 14 bits), 2 bits at entry (high bits)
    private ushort _attempts;     // 2 bits per barrier: referral attempts for the current referral
    private byte _misrouted;      // 1 bit per barrier: current referral went to the wrong service
    private byte _active;         // one bit per barrier referred, waiting or in treatment: kept by SetStage, read every week
    public byte WeeksSinceMeeting; // saturating at 255 (no meeting yet this spell): a meeting's boost to search fades with it
    public BarrierWeeks StageSince;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly BarrierStage Stage(int b) => (BarrierStage)((_stages >> (3 * b)) & 7);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetStage(int b, BarrierStage stage, int week)
    {
        _active = IsActive(stage) ? (byte)(_active | (1 << b)) : (byte)(_active & ~(1 << b));
        _stages = (_stages & ~(7u << (3 * b))) | ((uint)stage << (3 * b));
        StageSince[b] = (short)week;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int Severity(int b) => (int)((_severity >> (2 * b)) & 3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetSeverity(int b, int severity) =>
        _severity = (_severity & ~(3u << (2 * b))) | ((uint)Math.Clamp(severity, 0, 3) << (2 * b));

    public readonly int InitialSeverity(int b) => (int)((_severity >> (16 + 2 * b)) & 3);

    /// <summary>Sets both the current and the entry severity (used once, when the profile is drawn).</summary>
    public void InitSeverity(int b, int severity)
    {
        SetSeverity(b, severity);
        _severity = (_severity & ~(3u << (16 + 2 * b))) | ((uint)Math.Clamp(severity, 0, 3) << (16 + 2 * b));
    }

    public readonly int Attempts(int b) => (_attempts >> (2 * b)) & 3;

    public void SetAttempts(int b, int n) =>
        _attempts = (ushort)((_attempts & ~(3 << (2 * b))) | (Math.Clamp(n, 0, 3) << (2 * b)));

    public readonly bool Misrouted(int b) => (_misrouted & (1 << b)) != 0;

    public void SetMisrouted(int b, bool value) =>
        _misrouted = value ? (byte)(_misrouted | (1 << b)) : (byte)(_misrouted & ~(1 << b));

    /// <summary>Sum of current severities: what employers see and what keeps jobs fragile.</summary>
    public readonly int TotalSeverity =>
        // Seven 2-bit fields: the low bits count once, the high bits twice.
        System.Numerics.BitOperations.PopCount(_severity & 0x1555u) + 2 * System.Numerics.BitOperations.PopCount(_severity & 0x2AAAu);

    /// <summary>Number of barriers at entry (any severity): the grouping used for equity breakdowns.</summary>
    public readonly int InitialBarrierCount
    {
        get
        {
            int n = 0;
            for (int b = 0; b < Barriers.Count; b++) if (InitialSeverity(b) > 0) n++;
            return n;
        }
    }

    // Bit-parallel tests on the seven 3-bit stage fields: a field equal to the stage becomes zero after the
    // xor, and the classic "has a zero field" trick finds it without a loop.
    private const uint Lows = 0b001_001_001_001_001_001_001;
    private const uint Highs = Lows << 2;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly uint ZeroFields(BarrierStage stage)
    {
        uint x = _stages ^ (Lows * (uint)stage);
        return (x - Lows) & ~x & Highs;
    }

    /// <summary>True when any barrier is at the given stage.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool Any(BarrierStage stage) => ZeroFields(stage) != 0;

    /// <summary>Barriers the case holder knows about and has not resolved (Known … Treating).</summary>
    public readonly int OpenKnownCount
    {
        get
        {
            if (_stages == 0) return 0;
            int n = 0;
            for (int b = 0; b < Barriers.Count; b++)
            {
                var s = Stage(b);
                if (s is >= BarrierStage.Known and <= BarrierStage.Treating) n++;
            }
            return n;
        }
    }

    /// <summary>True when any barrier is referred, waiting or in treatment at a partner agency.</summary>
    public readonly bool InPartnerService => _active != 0;

    /// <summary>The barriers referred, waiting or in treatment, one bit each (barrier b is bit b).</summary>
    public readonly int ActiveBarriers => _active;

    private static bool IsActive(BarrierStage s) => s is BarrierStage.Referred or BarrierStage.Waiting or BarrierStage.Treating;

    public readonly int SpellWeeks(int week) => week - SpellStart;
}
