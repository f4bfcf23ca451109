using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;
using Spectre.Console;

namespace Sandbox.Cli.Output;

/// <summary>The console tables: final-week headline metrics of a run, and the headline comparison of a compare.</summary>
public static class SummaryTables
{
    /// <summary>The outcomes and costs a reader looks at first, in the order they are printed.</summary>
    public static readonly IReadOnlyList<string> HeadlineMetrics =
        ["employmentRate", "sustained26Rate", "longTermShare", "cumulativeCracks", "cumulativeServiceCost", "costPerSustainedJob"];

    public static Table Run(RunResult run)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{Markup.Escape(run.Scenario)}: week {run.Weeks}, seed {run.Seed}")
            .AddColumn("Metric").AddColumn(new TableColumn("Value").RightAligned());
        foreach (var metric in HeadlineMetrics.Where(m => run.Layout.Contains(m)))
        {
            var column = run.Layout.Columns[run.Layout.IndexOf(metric)];
            double value = run.Final(metric);
            table.AddRow(Markup.Escape(MetricTitles.Of(metric)), double.IsFinite(value) ? HeadlineNumbers.Level(value, column.Unit) : "n/a");
        }
        return table;
    }

    public static Table Compare(IReadOnlyList<Headline> headlines, MetricColumn column)
    {
        var first = headlines[0];
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{Markup.Escape(MetricTitles.Of(first.Metric))}, week {first.Week}, {first.Value.N} replications")
            .AddColumn("Variant").AddColumn(new TableColumn("Mean (95% CI)").RightAligned())
            .AddColumn(new TableColumn("vs baseline (95% CI)").RightAligned()).AddColumn(new TableColumn("Relative").RightAligned())
            .AddColumn(new TableColumn("P(better)").RightAligned());
        foreach (var h in headlines)
        {
            string mean = HeadlineNumbers.Level(h.Value.Mean, column.Unit)
                          + (double.IsFinite(h.Value.HalfWidth) ? $" ({HeadlineNumbers.LevelRange(h.Value.Lower, h.Value.Upper, column.Unit)})" : "");
            if (h.VersusBaseline is not { } d)
            {
                table.AddRow(Markup.Escape(h.Label) + " (baseline)", mean, "", "", "");
                continue;
            }
            var diff = d.Difference.Difference;
            string signed = HeadlineNumbers.Signed(diff.Mean, column.Unit, DifferenceScale.Absolute)
                            + (double.IsFinite(diff.HalfWidth)
                                ? $" ({HeadlineNumbers.SignedRange(diff.Lower, diff.Upper, column.Unit, DifferenceScale.Absolute)})"
                                : "");
            string relative = double.IsFinite(d.Difference.RelativePercent)
                ? HeadlineNumbers.Signed(d.Difference.RelativePercent, column.Unit, DifferenceScale.Relative) : "n/a";
            string better = double.IsFinite(d.ProbabilityBetter) ? d.ProbabilityBetter.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
            table.AddRow(Markup.Escape(h.Label), mean, signed, relative, better);
        }
        return table;
    }
}
