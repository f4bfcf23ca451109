using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Scenarios;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Compare;

/// <summary>
/// Reduces an experiment's runs to what the compare and sweep views draw: per arm and week the mean with a t
/// interval, per arm the paired difference from the baseline (replication i against replication i, same seed),
/// and the probability that one arm does better than another at the final week.
/// </summary>
public static class CompareViewBuilder
{
    public static CompareView Build(ExperimentInfo info, ExperimentOutcome outcome, string? metricKey, string? baselineName)
    {
        var metric = CompareMetrics.Find(metricKey ?? CompareMetrics.All[0].Key);
        var arms = outcome.Plan.Arms;
        int baseline = string.IsNullOrEmpty(baselineName) ? 0 : IndexOf(outcome, baselineName);
        int weeks = outcome.Runs[0][0].Weeks;
        var samples = arms.Select((_, a) => Samples(outcome, a, metric.Key)).ToArray();

        var levels = arms.Select((arm, a) => Band(arm, weeks, w => Summary.Summarise(samples[a][w]))).ToArray();
        var differences = arms.Select((arm, a) => (arm, a)).Where(x => x.a != baseline)
            .Select(x => Band(x.arm, weeks, w => PairedDifference.Compare(samples[x.a][w], samples[baseline][w]).Difference)).ToArray();

        int last = weeks - 1;
        var matrix = new double[arms.Count][];
        for (int i = 0; i < arms.Count; i++)
        {
            matrix[i] = new double[arms.Count];
            for (int j = 0; j < arms.Count; j++)
                matrix[i][j] = i == j ? double.NaN : Better(metric, PairedDifference.Compare(samples[i][last], samples[j][last]));
        }
        var headlines = InterimHeadlines.For(outcome, metric, baseline, last, samples);
        return new CompareView(info, metric, CompareMetrics.All, arms.Select(a => new VariantName(a.Name, a.Label)).ToArray(), arms[baseline].Name,
            Enumerable.Range(1, weeks).ToArray(), levels, differences, headlines,
            new ProbabilityMatrix(arms.Select(a => a.Label).ToArray(), matrix),
            outcome.Seeds.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }

    public static SweepView Sweep(ExperimentOutcome outcome, string? metricKey)
    {
        var metric = CompareMetrics.Find(metricKey ?? CompareMetrics.All[0].Key);
        var plan = outcome.Plan;
        if (plan.SweepPath is null || plan.SweepValues is null)
            throw new ApiErrorException(ApiError.Invalid("experiment", plan.Name, "a sweep"));
        int last = outcome.Runs[0][0].Weeks - 1;
        var finals = plan.Arms.Select((_, a) => Summary.Summarise(Samples(outcome, a, metric.Key)[last])).ToArray();
        var parameter = ParameterCatalog.Find(plan.Arms[0].Scenario, plan.SweepPath);
        return new SweepView(new SweptParameter(parameter.Path, ParameterLabels.Label(parameter.Path), parameter.Unit), metric, CompareMetrics.All,
            plan.Arms.Select(a => parameter.Get(a.Scenario) ?? double.NaN).ToArray(),
            finals.Select(s => s.Mean).ToArray(), finals.Select(s => s.Lower).ToArray(), finals.Select(s => s.Upper).ToArray());
    }

    /// <summary>P(A better than B) from the posterior that A is larger, turned round where lower is better.</summary>
    public static double Better(CompareMetric metric, PairedDifference d) =>
        metric.HigherIsBetter ? d.ProbabilityAGreater : 1 - d.ProbabilityAGreater;

    /// <summary>samples[week][replication] of one arm's metric.</summary>
    internal static double[][] Samples(ExperimentOutcome outcome, int arm, string metric)
    {
        var runs = outcome.Runs[arm];
        int weeks = runs[0].Weeks;
        int column = runs[0].Layout.IndexOf(metric);
        var values = new double[weeks][];
        for (int w = 0; w < weeks; w++)
        {
            values[w] = new double[runs.Length];
            for (int r = 0; r < runs.Length; r++) values[w][r] = runs[r].Series(column)[w];
        }
        return values;
    }

    private static BandSeries Band(ExperimentArm arm, int weeks, Func<int, Summary> at)
    {
        var mean = new double[weeks];
        var low = new double[weeks];
        var high = new double[weeks];
        for (int w = 0; w < weeks; w++)
        {
            var s = at(w);
            (mean[w], low[w], high[w]) = (s.Mean, s.Lower, s.Upper);
        }
        return new BandSeries(arm.Name, arm.Label, mean, low, high);
    }

    private static int IndexOf(ExperimentOutcome outcome, string name)
    {
        for (int i = 0; i < outcome.Plan.Arms.Count; i++)
            if (string.Equals(outcome.Plan.Arms[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        throw new ApiErrorException(ApiError.Invalid("baseline", name, string.Join(", ", outcome.Plan.Arms.Select(a => a.Name))));
    }
}
