using Sandbox.Sim.Analysis;

namespace Sandbox.Grains.Experiments;

/// <summary>
/// One configuration of an experiment: a name for files and flags, the full scenario as JSON, and a label for
/// sentences and legends (the name when absent), as a compare's <see cref="Sandbox.Sim.Experiments.Variant"/> has.
/// </summary>
[GenerateSerializer, Immutable, Alias("sandbox.experiment-point")]
public sealed record ExperimentPoint(string Name, string ScenarioJson, string? Label = null);

/// <summary>
/// A compare or a sweep as the cluster runs it: points × replications. Replication r of every point runs
/// with <c>Seeds[r]</c> (common random numbers, so points differ by configuration, not by luck). Run
/// <c>point * Replications + replication</c> is one kernel run; runs are dispatched replication by
/// replication, points in <see cref="PointOrder"/> (default: interleaved), so partial results already
/// cover the space.
/// </summary>
[GenerateSerializer, Immutable, Alias("sandbox.experiment-spec")]
public sealed record ExperimentSpec(string Name, ExperimentPoint[] Points, long[] Seeds, int[]? PointOrder = null)
{
    public int Replications => Seeds.Length;
    public int RunCount => Points.Length * Seeds.Length;

    public int RunIndex(int point, int replication) => point * Replications + replication;
    public int PointOf(int runIndex) => runIndex / Replications;
    public int ReplicationOf(int runIndex) => runIndex % Replications;

    /// <summary>Run indices in dispatch order: replication-major, points interleaved within each replication.</summary>
    public int[] DispatchOrder()
    {
        var points = PointOrder ?? RunOrder.Interleaved(Points.Length);
        var order = new int[RunCount];
        int k = 0;
        for (int r = 0; r < Replications; r++)
            foreach (int p in points) order[k++] = RunIndex(p, r);
        return order;
    }

    /// <summary>Throws on an empty spec or a point order that is not a permutation of the points.</summary>
    public void Validate()
    {
        if (Points.Length == 0) throw new ArgumentException("An experiment needs at least one point.");
        if (Seeds.Length == 0) throw new ArgumentException("An experiment needs at least one replication (seed).");
        if (PointOrder is { } order && (order.Length != Points.Length || order.Distinct().Count() != order.Length || order.Any(p => p < 0 || p >= Points.Length)))
            throw new ArgumentException("PointOrder must list every point exactly once.");
    }
}
