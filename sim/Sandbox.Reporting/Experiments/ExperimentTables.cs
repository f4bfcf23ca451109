using Sandbox.Sim.Experiments;

namespace Sandbox.Reporting.Experiments;

/// <summary>
/// Tables every design experiment writes: each run's kept outputs (runs.csv) and the points with their parameter
/// values (points.csv). snake_case columns, one row per observation, so notebooks read them without reshaping.
/// </summary>
public static class ExperimentTables
{
    /// <summary>One row per run and output: the raw material of every summary, for re-analysis elsewhere.</summary>
    public static TidyTable Runs(PlanOutputs outputs, IReadOnlyList<string> names)
    {
        var plan = outputs.Plan;
        var table = new TidyTable(new ColumnSchema("point", ColumnType.String), new ColumnSchema("replication", ColumnType.Int32),
            new ColumnSchema("seed", ColumnType.Int64), new ColumnSchema("output", ColumnType.String), new ColumnSchema("value", ColumnType.Double));
        var index = names.Select(outputs.Outputs.IndexOf).ToArray();
        for (int p = 0; p < plan.Points.Count; p++)
            for (int r = 0; r < plan.Replications; r++)
                for (int o = 0; o < names.Count; o++)
                    table.AppendRow(plan.Points[p].Name, r, plan.Seeds[r], names[o], outputs.Value(p, r, index[o]));
        return table;
    }

    /// <summary>Every point: its name, label and position in the dispatch order (0 = first run).</summary>
    public static TidyTable Points(ExperimentPlan plan)
    {
        var rank = new int[plan.Points.Count];
        for (int i = 0; i < plan.Order.Count; i++) rank[plan.Order[i]] = i;
        return new TidyTable()
            .AddColumn("point", plan.Points.Select(p => p.Name).ToArray())
            .AddColumn("label", plan.Points.Select(p => p.Label).ToArray())
            .AddColumn("run_order", rank);
    }
}
