using Sandbox.Sim.Metrics;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// The runs of a comparison, one per (variant, replication), with their seeds. Kept whole rather than reduced
/// while running so any metric, week or baseline can be summarised afterwards, and so a hand-made result
/// (tests, imported runs) goes through exactly the same aggregation.
/// </summary>
public sealed class CompareResult
{
    private readonly RunResult[][] _runs;

    /// <param name="runs">runs[variant][replication]; every variant has the same number of replications and weeks.</param>
    public CompareResult(IReadOnlyList<Variant> variants, long baseSeed, RunResult[][] runs)
    {
        ArgumentNullException.ThrowIfNull(variants);
        ArgumentNullException.ThrowIfNull(runs);
        if (variants.Count == 0 || runs.Length != variants.Count)
            throw new ArgumentException($"Expected runs for {variants.Count} variants, got {runs.Length}.", nameof(runs));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var v in variants)
            if (!names.Add(v.Name)) throw new ArgumentException($"Two variants are named '{v.Name}'.", nameof(variants));
        int reps = runs[0].Length, weeks = reps > 0 ? runs[0][0].Weeks : 0;
        if (reps == 0) throw new ArgumentException("A comparison needs at least one replication.", nameof(runs));
        for (int i = 0; i < runs.Length; i++)
        {
            if (runs[i].Length != reps)
                throw new ArgumentException($"Variant '{variants[i].Name}' has {runs[i].Length} replications, expected {reps}.", nameof(runs));
            foreach (var run in runs[i])
            {
                ArgumentNullException.ThrowIfNull(run, nameof(runs));
                if (run.Weeks != weeks)
                    throw new ArgumentException($"Variant '{variants[i].Name}' ran {run.Weeks} weeks, expected {weeks}; weeks are compared one by one.", nameof(runs));
                if (!ReferenceEquals(run.Layout, runs[i][0].Layout) && !run.Layout.Columns.SequenceEqual(runs[i][0].Layout.Columns))
                    throw new ArgumentException($"Variant '{variants[i].Name}' has runs with different metric columns.", nameof(runs));
            }
        }
        Variants = variants;
        BaseSeed = baseSeed;
        ReplicationCount = reps;
        Weeks = weeks;
        _runs = runs;
    }

    public IReadOnlyList<Variant> Variants { get; }
    public long BaseSeed { get; }
    public int ReplicationCount { get; }
    public int Weeks { get; }

    /// <summary>The seed replication <paramref name="replication"/> ran with, the same in every variant.</summary>
    public long SeedOf(int replication) => Replications.Seed(BaseSeed, replication);

    public RunResult Run(int variant, int replication) => _runs[variant][replication];

    /// <summary>The metric columns of a variant (variants with different agencies have different columns).</summary>
    public MetricsLayout LayoutOf(int variant) => _runs[variant][0].Layout;

    /// <summary>Index of the variant with this name (case-insensitive), or -1.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Variants.Count; i++)
            if (string.Equals(Variants[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>One column's value at a week index (0-based) in every replication, in replication order.</summary>
    public void Sample(int variant, int column, int weekIndex, Span<double> into)
    {
        var runs = _runs[variant];
        for (int r = 0; r < runs.Length; r++) into[r] = runs[r].Series(column)[weekIndex];
    }

    public double[] Sample(int variant, int column, int weekIndex)
    {
        var values = new double[ReplicationCount];
        Sample(variant, column, weekIndex, values);
        return values;
    }
}
