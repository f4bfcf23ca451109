using Sandbox.Reporting;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;

namespace Sandbox.Cli.Output;

/// <summary>
/// Run metrics as tidy tables: one row per (week, metric, group, agency), the shape pandas, R and DuckDB read
/// without reshaping. Weeks count from 1, the end of the first simulated week. Sim stays free of the Reporting
/// dependency; the mapping lives here in the host.
/// </summary>
public static class RunTables
{
    public static TidyTable Metrics(RunResult run)
    {
        var layout = run.Layout;
        int rows = layout.Count * run.Weeks;
        var week = new int[rows];
        var metric = new string[rows];
        var group = new string[rows];
        var agency = new string[rows];
        var value = new double[rows];
        int i = 0;
        for (int c = 0; c < layout.Count; c++)
        {
            var col = layout.Columns[c];
            var series = run.Series(c);
            for (int w = 0; w < run.Weeks; w++, i++)
                (week[i], metric[i], group[i], agency[i], value[i]) = (w + 1, col.Metric, col.Group, col.Agency, series[w]);
        }
        return new TidyTable()
            .AddColumn("week", week).AddColumn("metric", metric).AddColumn("group", group)
            .AddColumn("agency", agency).AddColumn("value", value);
    }

    /// <summary>Each run's final-week values, for checking the spread behind a summary or re-analysing elsewhere.</summary>
    public static TidyTable Finals(CompareResult result)
    {
        var variant = new List<string>();
        var replication = new List<int>();
        var seed = new List<long>();
        var metric = new List<string>();
        var group = new List<string>();
        var agency = new List<string>();
        var value = new List<double>();
        for (int v = 0; v < result.Variants.Count; v++)
            for (int r = 0; r < result.ReplicationCount; r++)
            {
                var run = result.Run(v, r);
                for (int c = 0; c < run.Layout.Count; c++)
                {
                    var col = run.Layout.Columns[c];
                    variant.Add(result.Variants[v].Name);
                    replication.Add(r);
                    seed.Add(result.SeedOf(r));
                    metric.Add(col.Metric);
                    group.Add(col.Group);
                    agency.Add(col.Agency);
                    value.Add(run.Series(c)[run.Weeks - 1]);
                }
            }
        return new TidyTable()
            .AddColumn("variant", variant).AddColumn("replication", replication).AddColumn("seed", seed)
            .AddColumn("metric", metric).AddColumn("group", group).AddColumn("agency", agency).AddColumn("value", value);
    }
}
