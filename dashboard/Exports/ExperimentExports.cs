using System.Globalization;
using Sandbox.Dashboard.Compare;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Hosting;
using Sandbox.Reporting;

namespace Sandbox.Dashboard.Exports;

/// <summary>Exports of an experiment's charts, built from the same <see cref="CompareViewBuilder"/> views the pages draw.</summary>
public static class ExperimentExports
{
    public static ExportData Build(ExperimentInfo info, ExperimentOutcome outcome, ExportQuery q)
    {
        string caption = $"Employment services integration sandbox {AppVersion.Text} · {outcome.Plan.Replications} runs per variant, seeds from base seed " +
                         $"{outcome.Plan.BaseSeed.ToString(CultureInfo.InvariantCulture)} · re-create with the reproduction bundle";
        if (q.Chart == "sweep")
        {
            var s = CompareViewBuilder.Sweep(outcome, q.Metric);
            return ExportLines.Of("sweep", $"{s.Metric.Title} as {s.Parameter.Label.ToLowerInvariant()} changes", $"Final week, mean of {outcome.Plan.Replications} runs, shaded: 95% CI",
                caption, s.Parameter.Label, s.Metric.Unit, [new ExportLine(s.Metric.Title, s.X, s.Mean, s.Low, s.High)]);
        }
        var view = CompareViewBuilder.Build(info, outcome, q.Metric, q.Baseline);
        double[] weeks = view.Weeks.Select(w => (double)w).ToArray();
        string baseline = view.Variants.First(v => v.Name == view.Baseline).Label;
        return q.Chart switch
        {
            "levels" => ExportLines.Of("levels", view.Metric.Title, $"Mean of {outcome.Plan.Replications} runs per variant, shaded: 95% CI", caption, "Week", AxisLabel(view.Metric),
                view.Levels.Select(b => new ExportLine(b.Label, weeks, b.Mean, b.Low, b.High)).ToArray()),
            "difference" => ExportLines.Of("difference", $"{view.Metric.Title}: difference from {baseline}", "Paired on matched seeds, shaded: 95% CI", caption, "Week", "Difference, " + AxisLabel(view.Metric).ToLowerInvariant(),
                view.Differences.Select(b => new ExportLine(b.Label, weeks, b.Mean, b.Low, b.High)).ToArray(), zeroLine: true),
            _ => new ExportData("probabilities", Probabilities(view), null),
        };
    }

    /// <summary>"Share (0 to 1)" rather than a bare unit key on a report's value axis.</summary>
    private static string AxisLabel(CompareMetric m) => m.Unit switch
    {
        "share" => "Share of jobseekers (0 to 1)",
        "share of unemployed" => "Share of the unemployed (0 to 1)",
        "EUR" => "Euros",
        var unit => char.ToUpperInvariant(unit[0]) + unit[1..],
    };

    private static TidyTable Probabilities(CompareView view)
    {
        var table = new TidyTable(new ColumnSchema("variant", ColumnType.String), new ColumnSchema("versus", ColumnType.String),
            new ColumnSchema("metric", ColumnType.String), new ColumnSchema("probabilityBetter", ColumnType.Double));
        var names = view.Probabilities.Names;
        for (int i = 0; i < names.Count; i++)
            for (int j = 0; j < names.Count; j++)
                if (i != j) table.AppendRow(names[i], names[j], view.Metric.Key, view.Probabilities.Matrix[i][j]);
        return table;
    }
}
