using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>Summaries of a finished sweep: per point and output, and each parameter's main effect.</summary>
public static class SweepAnalysis
{
    /// <summary>Every point × output, in point order then output order.</summary>
    public static IReadOnlyList<SweepRow> Summaries(SweepPlan sweep, PlanOutputs outputs, IReadOnlyList<string> names, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(outputs);
        var rows = new List<SweepRow>(sweep.Values.Count * names.Count);
        for (int p = 0; p < sweep.Values.Count; p++)
            foreach (var name in names)
                rows.Add(new SweepRow(p, sweep.Values[p], name, outputs.Summarise(p, name, confidence)));
        return rows;
    }

    /// <summary>
    /// Main effects of each parameter on <paramref name="output"/>: grid points grouped by level; hypercube
    /// points sorted by the parameter and cut into about √n slices of equal count (at most 10).
    /// </summary>
    public static IReadOnlyList<MainEffect> MainEffects(SweepPlan sweep, PlanOutputs outputs, string output, double confidence = 0.95)
    {
        var means = outputs.PointMeans(output);
        var list = new List<MainEffect>();
        for (int d = 0; d < sweep.Spec.Ranges.Count; d++)
        {
            int dim = d;
            var groups = sweep.Spec.Design == SweepDesign.Grid
                ? sweep.Values.Select((v, p) => (v[dim], p)).GroupBy(x => x.Item1).OrderBy(g => g.Key).Select(g => g.Select(x => x.p).ToArray()).ToArray()
                : Slices(sweep.Values.Select((v, p) => (v[dim], p)).OrderBy(x => x.Item1).ThenBy(x => x.p).Select(x => x.p).ToArray());
            foreach (var g in groups)
            {
                var sample = g.Select(p => means[p]).ToArray();
                list.Add(new MainEffect(sweep.Spec.Ranges[d].Path, output, g.Average(p => sweep.Values[p][dim]), Summary.Summarise(sample, confidence)));
            }
        }
        return list;
    }

    /// <summary>
    /// The best and second-best points by mean (higher or lower as the metric's direction says; higher when it has
    /// none), and the probability that the best beats the runner-up. Null with fewer than two points.
    /// </summary>
    public static SweepBest? Best(SweepPlan sweep, PlanOutputs outputs, string output, double confidence = 0.95)
    {
        var means = outputs.PointMeans(output);
        bool lower = MetricDirections.Of(BaseMetric(output)) == Better.Lower;
        var ranked = Enumerable.Range(0, means.Length).Where(p => double.IsFinite(means[p]))
            .OrderBy(p => lower ? means[p] : -means[p]).ThenBy(p => p).ToArray();
        if (ranked.Length < 2) return null;
        int best = ranked[0], second = ranked[1];
        var diff = outputs.Compare(best, second, output, confidence);
        double p = lower ? 1 - diff.ProbabilityAGreater : diff.ProbabilityAGreater;
        return new SweepBest(output, best, outputs.Summarise(best, output, confidence), second, outputs.Summarise(second, output, confidence), p);
    }

    /// <summary>"sustained26Rate[disability]" → "sustained26Rate", the name metric directions know.</summary>
    public static string BaseMetric(string output)
    {
        string name = output.StartsWith(RunOutputs.TotalPrefix, StringComparison.Ordinal) ? output[RunOutputs.TotalPrefix.Length..] : output;
        int bracket = name.IndexOf('[');
        return bracket >= 0 ? name[..bracket] : name;
    }

    private static int[][] Slices(int[] sorted)
    {
        int k = Math.Clamp((int)Math.Round(Math.Sqrt(sorted.Length)), 1, 10);
        return Enumerable.Range(0, k).Select(i => sorted[(i * sorted.Length / k)..((i + 1) * sorted.Length / k)]).Where(s => s.Length > 0).ToArray();
    }
}
