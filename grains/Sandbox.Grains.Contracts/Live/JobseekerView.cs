using Sandbox.Sim.Model;

namespace Sandbox.Grains.Live;

/// <summary>One barrier of a client: its stage in the referral pipeline, current and entry severity.</summary>
[GenerateSerializer, Immutable, Alias("sandbox.barrier-view")]
public readonly record struct BarrierView(Barrier Barrier, BarrierStage Stage, int Severity, int InitialSeverity);

/// <summary>
/// A client's profile, state and journey so far, read from their grain while a run goes on.
/// <see cref="Week"/> is the last week the client acted in (−1 before they entered).
/// </summary>
[GenerateSerializer, Immutable, Alias("sandbox.jobseeker-view")]
public sealed record JobseekerView(
    int Id,
    int Week,
    int EntryWeek,
    byte AgeBand,
    bool Female,
    byte Skill,
    VulnerableFlags Flags,
    LabourStatus Status,
    Engagement Engagement,
    int SpellStart,
    int JobStart,
    BarrierView[] Barriers,
    JourneyEvent[] Journey);
