using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Rules;

namespace Sandbox.Reporting.Experiments;

/// <summary>
/// Per output, the path's step contributions and the Shapley values as bars with intervals; and the cost shift
/// between the two ends by agency and category.
/// </summary>
public static class DecompositionCharts
{
    public static IReadOnlyList<(string Name, ChartSpec Chart)> For(DecompositionPlan plan, string output, string unit, IReadOnlyList<PathStep> path,
        IReadOnlyList<ShapleyValue> shapley, string caption)
    {
        var (factor, axis) = MetricTitles.Scale(new MetricColumn(output, "all", "", unit));
        string diffAxis = axis == "%" ? "percentage points" : axis;
        string reps = $"{plan.Plan.Replications} replications per coalition on common seeds";
        return
        [
            ($"path-{SweepCharts.Safe(output)}", Bars($"{MetricTitles.Of(output)}: step by step from {plan.FromLabel} to {plan.ToLabel}",
                $"What each setting adds given the ones before it (documented order); {reps}", caption, diffAxis,
                path.Select(p => p.Setting.Name).ToArray(), path.Select(p => p.Contribution).ToArray(), factor)),
            ($"shapley-{SweepCharts.Safe(output)}", Bars($"{MetricTitles.Of(output)}: Shapley value of each component",
                $"Contribution averaged over every order of adding components; {reps}", caption, diffAxis,
                shapley.Select(s => s.Component.Name).ToArray(), shapley.Select(s => s.Value).ToArray(), factor)),
        ];
    }

    public static (string Name, ChartSpec Chart) CostShift(DecompositionPlan plan, IReadOnlyList<CostShiftRow> rows, string caption)
    {
        var agencies = rows.Where(r => r.Agency != Sim.Experiments.CostShift.All).Select(r => r.Agency).Distinct().ToArray();
        var categories = CostRules.CategoryKeys.Where(c => rows.Any(r => r.Category == c)).ToArray();
        double Diff(string agency, string category) => rows.FirstOrDefault(r => r.Agency == agency && r.Category == category)?.Difference.Mean ?? 0;
        return ("cost-shift", new BarChart
        {
            Title = $"Who pays and who saves: {plan.ToLabel} minus {plan.FromLabel}",
            Subtitle = $"Change in each agency's spending over the run, by category (above zero: pays more); mean of {plan.Plan.Replications} paired replications",
            Caption = caption,
            YLabel = "EUR",
            Categories = agencies.Select(MetricTitles.Agency).ToArray(),
            Series = categories.Select(c => new BarSeries(CategoryTitle(c), agencies.Select(a => Diff(a, c)).ToArray())).ToArray(),
        });
    }

    private static BarChart Bars(string title, string subtitle, string caption, string axis, string[] categories, Summary[] values, double factor)
    {
        bool ci = values.All(v => double.IsFinite(v.HalfWidth));
        return new BarChart
        {
            Title = title,
            Subtitle = subtitle + (ci ? "; whiskers: 95% CI" : ""),
            Caption = caption,
            YLabel = axis,
            Categories = categories,
            Series = [new BarSeries("Contribution", values.Select(v => v.Mean * factor).ToArray(),
                ci ? values.Select(v => v.Lower * factor).ToArray() : null, ci ? values.Select(v => v.Upper * factor).ToArray() : null)],
        };
    }

    private static string CategoryTitle(string key) => key switch
    {
        "itData" => "IT and data",
        _ => char.ToUpperInvariant(key[0]) + key[1..],
    };
}
