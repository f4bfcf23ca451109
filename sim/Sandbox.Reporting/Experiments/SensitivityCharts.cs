using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;

namespace Sandbox.Reporting.Experiments;

/// <summary>Per output: a tornado chart of one-at-a-time swings, and a bar chart of Morris μ*/σ or Sobol first/total indices.</summary>
public static class SensitivityCharts
{
    public static IReadOnlyList<(string Name, ChartSpec Chart)> For(SensitivityPlan plan, PlanOutputs outputs, string output, string caption,
        IReadOnlyList<MorrisEffect>? morris, IReadOnlyList<SobolIndex>? sobol)
    {
        var (factor, unit) = MetricTitles.Scale(new MetricColumn(output, "all", "", outputs.Outputs.UnitOf(output)));
        string title = MetricTitles.Of(output);
        string reps = $"{plan.Plan.Replications} replication{(plan.Plan.Replications == 1 ? "" : "s")} per point on common seeds";
        var list = new List<(string, ChartSpec)>();
        var tornado = plan.TornadoRows(outputs, output);
        if (tornado.All(t => double.IsFinite(t.AtLow.Mean) && double.IsFinite(t.AtHigh.Mean) && double.IsFinite(t.Centre.Mean)))
            list.Add(($"tornado-{SweepCharts.Safe(output)}", new TornadoChart
            {
                Title = $"{title}: one parameter at a time",
                Subtitle = $"Each parameter at the low and high end of its range, the others at the middle; {reps}",
                Caption = caption,
                XLabel = unit,
                Baseline = tornado[0].Centre.Mean * factor,
                Bars = tornado.Select(t => new TornadoBar(t.Path, t.AtLow.Mean * factor, t.AtHigh.Mean * factor)).ToArray(),
            }));
        if (morris is not null && morris.All(m => double.IsFinite(m.MuStar)))
        {
            bool sigma = morris.All(m => double.IsFinite(m.Sigma));
            list.Add(($"morris-{SweepCharts.Safe(output)}", new BarChart
            {
                Title = $"{title}: Morris elementary effects",
                Subtitle = $"μ*: mean absolute effect over the full range (importance); σ: spread of the effect (interaction or curvature); {reps}",
                Caption = caption,
                YLabel = unit + " per full range",
                Categories = morris.Select(m => m.Path).ToArray(),
                Series = sigma
                    ? [new BarSeries("μ*", morris.Select(m => m.MuStar * factor).ToArray()), new BarSeries("σ", morris.Select(m => m.Sigma * factor).ToArray())]
                    : [new BarSeries("μ*", morris.Select(m => m.MuStar * factor).ToArray())],
            }));
        }
        if (sobol is not null && sobol.All(s => double.IsFinite(s.First) && double.IsFinite(s.Total)))
        {
            bool ci = sobol.All(s => double.IsFinite(s.FirstLower) && double.IsFinite(s.FirstUpper) && double.IsFinite(s.TotalLower) && double.IsFinite(s.TotalUpper));
            list.Add(($"sobol-{SweepCharts.Safe(output)}", new BarChart
            {
                Title = $"{title}: Sobol' indices",
                Subtitle = $"Share of output variance: first-order (the parameter alone) and total (with its interactions)"
                           + (ci ? "; whiskers: 95% bootstrap intervals" : "") + $"; {reps}",
                Caption = caption,
                YLabel = "share of variance",
                Categories = sobol.Select(s => s.Path).ToArray(),
                Series =
                [
                    new BarSeries("First-order", sobol.Select(s => s.First).ToArray(), ci ? sobol.Select(s => s.FirstLower).ToArray() : null, ci ? sobol.Select(s => s.FirstUpper).ToArray() : null),
                    new BarSeries("Total", sobol.Select(s => s.Total).ToArray(), ci ? sobol.Select(s => s.TotalLower).ToArray() : null, ci ? sobol.Select(s => s.TotalUpper).ToArray() : null),
                ],
            }));
        }
        return list;
    }
}
