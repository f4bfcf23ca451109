using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;

namespace Sandbox.Reporting.Experiments;

/// <summary>
/// One main-effect chart per parameter for the primary output: the output against the parameter, averaged over
/// the other parameters, with the interval over the points that share each value.
/// </summary>
public static class SweepCharts
{
    public static IReadOnlyList<(string Name, ChartSpec Chart)> All(SweepPlan sweep, PlanOutputs outputs, string output, string caption)
    {
        var effects = SweepAnalysis.MainEffects(sweep, outputs, output);
        var (factor, unit) = MetricTitles.Scale(new MetricColumn(output, "all", "", outputs.Outputs.UnitOf(output)));
        var list = new List<(string, ChartSpec)>();
        foreach (var range in sweep.Spec.Ranges)
        {
            var points = effects.Where(e => e.Path == range.Path && double.IsFinite(e.Summary.Mean)).ToArray();
            if (points.Length == 0) continue;
            bool band = points.All(e => double.IsFinite(e.Summary.HalfWidth));
            var series = new ChartSeries(MetricTitles.Of(output), points.Select(e => e.Value).ToArray(), points.Select(e => e.Summary.Mean * factor).ToArray(),
                band ? points.Select(e => e.Summary.Lower * factor).ToArray() : null, band ? points.Select(e => e.Summary.Upper * factor).ToArray() : null);
            string others = sweep.Spec.Ranges.Count > 1 ? ", averaged over the other parameters" : "";
            list.Add(($"effect-{Safe(range.Path)}", new LineBandChart
            {
                Title = $"{MetricTitles.Of(output)} by {range.Path}",
                Subtitle = $"Mean over the points at each value{others}, {sweep.Plan.Replications} replications per point on common seeds"
                           + (band ? "; shaded: 95% CI over those points" : ""),
                Caption = caption,
                XLabel = range.Path,
                YLabel = unit,
                Series = [series],
            }));
        }
        return list;
    }

    public static string Safe(string name) => new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());
}
