namespace Sandbox.Sim.Analysis;

public enum StopReason : byte
{
    /// <summary>More replications are needed.</summary>
    Continue = 0,
    /// <summary>Every target's half-width is within its allowance and the minimum is reached.</summary>
    PrecisionReached = 1,
    /// <summary>The cap was reached first; the report should say the targets were not all met.</summary>
    CapReached = 2,
}

/// <summary>
/// A snapshot of an adaptive replication run, for deciding and for drawing a progress bar.
/// <see cref="EstimatedTotal"/> is the projected number of replications (between the minimum and the cap),
/// so <see cref="Fraction"/> moves steadily instead of jumping when the last target is met.
/// </summary>
public sealed record ReplicationProgress(int Replications, StopReason Reason, IReadOnlyList<TargetStatus> Targets, int EstimatedTotal)
{
    public bool ShouldStop => Reason != StopReason.Continue;
    public double Fraction => ShouldStop ? 1 : Math.Min(1, Replications / (double)EstimatedTotal);
}
