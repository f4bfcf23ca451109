using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// P(X beats Y) for every ordered pair of variants on one metric: the posterior probability, under the paired
/// t model of <see cref="PairedDifference"/>, that X's mean is better than Y's. It answers the decision-maker's
/// question directly ("how sure are we that full integration beats joint planning?") where a table of intervals
/// makes them work it out. P(X beats Y) + P(Y beats X) = 1.
/// </summary>
public static class BeatsMatrix
{
    /// <param name="week">1-based; the final week when null.</param>
    public static IReadOnlyList<BeatsCell> For(CompareResult result, string metric, int? week = null, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(result);
        int w = week ?? result.Weeks;
        var cells = new List<BeatsCell>();
        for (int a = 0; a < result.Variants.Count; a++)
            for (int b = 0; b < result.Variants.Count; b++)
            {
                if (a == b) continue;
                var column = result.LayoutOf(b).Columns[result.LayoutOf(b).IndexOf(metric)];
                var diff = CompareAggregation.Difference(result, a, b, column, w, confidence);
                double p = MetricDirections.Of(metric) is null ? diff.Difference.ProbabilityAGreater : diff.ProbabilityBetter;
                cells.Add(new BeatsCell(result.Variants[a].Name, result.Variants[b].Name, metric, w, p, Likelihood.Note(p)));
            }
        return cells;
    }
}
