using Sandbox.Reporting;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;

namespace Sandbox.Cli.Output;

/// <summary>The charts of one run: outcomes, cracks by kind, waiting lists, costs by agency and category, cost per sustained job.</summary>
public static class RunCharts
{
    public static IReadOnlyList<(string Name, ChartSpec Chart)> All(RunResult run, string caption)
    {
        var list = new List<(string, ChartSpec?)>();
        string subtitle = $"Scenario '{run.Scenario}', seed {run.Seed}, one run";

        list.Add(("outcomes", Lines("Outcomes", subtitle, caption, "%",
            [Line(run, "employmentRate", 100), Line(run, "sustained26Rate", 100), Line(run, "longTermShare", 100, "Long-term unemployed (% of unemployed)")])));

        list.Add(("cracks", Lines("Clients lost between agencies, by kind (cumulative)", subtitle, caption, "times",
            CrackKinds.All.Select(k => Line(run, "cumulativeCracks." + k.Key(), 1, k.Title())).ToArray())));

        var agencies = run.Layout.Columns.Where(c => c.Metric == "waiting").Select(c => c.Agency).ToArray();
        var queued = agencies.Where(a => run.Series("waiting", "all", a).ToArray().Any(v => v > 0)).ToArray();
        list.Add(("waiting", Lines("Waiting lists by agency", subtitle, caption, "clients waiting",
            (queued.Length > 0 ? queued : agencies).Select(a => Line(run, "waiting", 1, MetricTitles.Agency(a), a)).ToArray())));

        list.Add(("costs", CostsByAgency(run, subtitle, caption)));

        list.Add(("cost-per-sustained-job", Lines("Service cost per sustained job", subtitle, caption, "EUR",
            [Line(run, "costPerSustainedJob", 1)])));
        return list.Where(c => c.Item2 is not null).Select(c => (c.Item1, c.Item2!)).ToArray();
    }

    private static ChartSpec CostsByAgency(RunResult run, string subtitle, string caption)
    {
        var agencies = run.Layout.Columns.Where(c => c.Metric == "cumulativeCost" && c.Agency.Length > 0).Select(c => c.Agency).ToArray();
        var categories = Enum.GetValues<CostCategory>().Where(c => c != CostCategory.Benefits).ToArray();
        double benefits = agencies.Sum(a => Total(run, "cost." + CostRules.CategoryKeys[(int)CostCategory.Benefits], a));
        return new StackedBarChart
        {
            Title = $"Cumulative service cost by agency after {run.Weeks} weeks",
            Subtitle = $"{subtitle}; benefits paid (EUR {benefits:N0}) not shown",
            Caption = caption,
            YLabel = "EUR",
            Categories = agencies.Select(MetricTitles.Agency).ToArray(),
            Series = categories.Select(c => new BarSeries(CategoryTitle(c),
                agencies.Select(a => Total(run, "cost." + CostRules.CategoryKeys[(int)c], a)).ToArray())).ToArray(),
        };
    }

    private static double Total(RunResult run, string metric, string agency)
    {
        double sum = 0;
        foreach (var v in run.Series(metric, "all", agency)) sum += v;
        return sum;
    }

    private static string CategoryTitle(CostCategory c) => c switch
    {
        CostCategory.ItData => "IT and data",
        _ => c.ToString(),
    };

    private static ChartSeries? Line(RunResult run, string metric, double factor, string? label = null, string agency = "") =>
        SeriesBuilder.Weekly(label ?? MetricTitles.Of(metric), run.Series(metric, "all", agency).ToArray(), factor);

    /// <summary>A line chart of the series that have data; null when none has (a short run has no sustained jobs yet).</summary>
    private static LineBandChart? Lines(string title, string subtitle, string caption, string yLabel, ChartSeries?[] series)
    {
        var drawn = series.OfType<ChartSeries>().ToArray();
        return drawn.Length == 0 ? null : new LineBandChart
        {
            Title = title,
            Subtitle = subtitle,
            Caption = caption,
            XLabel = "Week",
            YLabel = yLabel,
            Series = drawn,
        };
    }
}
