using Sandbox.Sim.Experiments;

namespace Sandbox.Reporting.Experiments;

/// <summary>A sweep as tidy tables: per point and output the mean, SD and CI (sweep.csv), and main effects.</summary>
public static class SweepTables
{
    /// <summary>point, one column per parameter path, output, n, mean, sd, ci_low, ci_high.</summary>
    public static TidyTable Summary(SweepPlan sweep, IReadOnlyList<SweepRow> rows)
    {
        var table = new TidyTable().AddColumn("point", rows.Select(r => sweep.Plan.Points[r.Point].Name).ToArray());
        for (int d = 0; d < sweep.Spec.Ranges.Count; d++)
        {
            int dim = d;
            table.AddColumn(sweep.Spec.Ranges[d].Path, rows.Select(r => r.Values[dim]).ToArray());
        }
        return table.AddColumn("output", rows.Select(r => r.Output).ToArray())
            .AddColumn("n", rows.Select(r => r.Summary.N).ToArray())
            .AddColumn("mean", rows.Select(r => r.Summary.Mean).ToArray())
            .AddColumn("sd", rows.Select(r => r.Summary.StdDev).ToArray())
            .AddColumn("ci_low", rows.Select(r => r.Summary.Lower).ToArray())
            .AddColumn("ci_high", rows.Select(r => r.Summary.Upper).ToArray());
    }

    public static TidyTable MainEffects(IReadOnlyList<MainEffect> effects) => new TidyTable()
        .AddColumn("parameter", effects.Select(e => e.Path).ToArray())
        .AddColumn("value", effects.Select(e => e.Value).ToArray())
        .AddColumn("output", effects.Select(e => e.Output).ToArray())
        .AddColumn("points", effects.Select(e => e.Summary.N).ToArray())
        .AddColumn("mean", effects.Select(e => e.Summary.Mean).ToArray())
        .AddColumn("ci_low", effects.Select(e => e.Summary.Lower).ToArray())
        .AddColumn("ci_high", effects.Select(e => e.Summary.Upper).ToArray());
}
