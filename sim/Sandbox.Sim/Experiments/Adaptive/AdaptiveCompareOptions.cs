using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// A comparison that adds replications until it is precise enough: every target (an output such as
/// <c>sustained26Rate</c> with an absolute and/or relative half-width) must be met in every variant, after at
/// least <see cref="MinReplications"/> and at most <see cref="MaxReplications"/>.
/// </summary>
public sealed record AdaptiveCompareOptions
{
    /// <summary>Targets by output name (see <see cref="RunOutputs"/>); each applies to every variant.</summary>
    public required IReadOnlyList<PrecisionTarget> Targets { get; init; }

    /// <summary>Never stop before this many: early half-widths are noisy and stopping on a lucky small one biases coverage down.</summary>
    public int MinReplications { get; init; } = 5;

    public int MaxReplications { get; init; } = 100;

    public long BaseSeed { get; init; } = 1;

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    public double Confidence { get; init; } = 0.95;
}
