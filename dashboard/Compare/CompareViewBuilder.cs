using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Scenarios;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Compare;

/// <summary>
/// Shapes an experiment's <see cref="CompareResult"/> for the compare and sweep views. All statistics come from the
/// shared aggregation (<see cref="CompareAggregation"/>: t intervals, paired differences, probability better) and
/// every sentence from <see cref="Headlines"/>, so the dashboard says exactly what the CLI says.
/// </summary>
public static class CompareViewBuilder
{
    public const string Companion = Headlines.DefaultCompanion;

    public static CompareView Build(ExperimentInfo info, ExperimentOutcome outcome, string? metricKey, string? baselineName)
    {
        var metric = CompareMetrics.Find(metricKey ?? Headlines.DefaultMetric);
        var result = outcome.Result;
        int baseline = string.IsNullOrEmpty(baselineName) ? 0 : result.IndexOf(baselineName);
        if (baseline < 0)
            throw new ApiErrorException(ApiError.Invalid("baseline", baselineName!, string.Join(", ", result.Variants.Select(v => v.Name))));
        var column = result.LayoutOf(baseline).Columns[result.LayoutOf(baseline).IndexOf(metric.Key)];
        int weeks = result.Weeks, variants = result.Variants.Count;

        var levels = Enumerable.Range(0, variants).Select(v => Band(result.Variants[v], weeks,
            w => CompareAggregation.Summarise(result, v, result.LayoutOf(v).IndexOf(metric.Key), w))).ToArray();
        var differences = Enumerable.Range(0, variants).Where(v => v != baseline).Select(v => Band(result.Variants[v], weeks,
            w => CompareAggregation.Difference(result, v, baseline, column, w).Difference.Difference)).ToArray();

        var matrix = new double[variants][];
        for (int i = 0; i < variants; i++)
        {
            matrix[i] = new double[variants];
            for (int j = 0; j < variants; j++)
                matrix[i][j] = i == j ? double.NaN : CompareAggregation.Difference(result, i, j, column, weeks).ProbabilityBetter;
        }
        var headlines = Headlines.For(result, baseline, metric.Key, companion: metric.Key == Companion ? null : Companion)
            .Select(h => new HeadlineSentence(h.Variant, h.Label, h.IsBaseline, h.Sentence)).ToArray();
        return new CompareView(info, metric, CompareMetrics.All, result.Variants.Select(v => new VariantName(v.Name, v.Display())).ToArray(),
            result.Variants[baseline].Name, Enumerable.Range(1, weeks).ToArray(), levels, differences, headlines,
            new ProbabilityMatrix(result.Variants.Select(v => v.Display()).ToArray(), matrix),
            outcome.Seeds.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }

    public static SweepView Sweep(ExperimentOutcome outcome, string? metricKey)
    {
        var metric = CompareMetrics.Find(metricKey ?? Headlines.DefaultMetric);
        var plan = outcome.Plan;
        var result = outcome.Result;
        if (plan.SweepPath is null || plan.SweepValues is null)
            throw new ApiErrorException(ApiError.Invalid("experiment", plan.Name, "a sweep"));
        var finals = Enumerable.Range(0, result.Variants.Count)
            .Select(v => CompareAggregation.Summarise(result, v, result.LayoutOf(v).IndexOf(metric.Key), result.Weeks)).ToArray();
        var parameter = ParameterCatalog.Find(plan.Variants[0].Scenario, plan.SweepPath);
        return new SweepView(new SweptParameter(parameter.Path, ParameterLabels.Label(parameter.Path), parameter.Unit), metric, CompareMetrics.All,
            plan.Variants.Select(v => parameter.Get(v.Scenario) ?? double.NaN).ToArray(),
            finals.Select(s => s.Mean).ToArray(), finals.Select(s => s.Lower).ToArray(), finals.Select(s => s.Upper).ToArray());
    }

    /// <summary>One variant's line and band over weeks 1..<paramref name="weeks"/>.</summary>
    private static BandSeries Band(Variant variant, int weeks, Func<int, Summary> at)
    {
        var mean = new double[weeks];
        var low = new double[weeks];
        var high = new double[weeks];
        for (int w = 1; w <= weeks; w++)
        {
            var s = at(w);
            (mean[w - 1], low[w - 1], high[w - 1]) = (s.Mean, s.Lower, s.Upper);
        }
        return new BandSeries(variant.Name, variant.Display(), mean, low, high);
    }
}
