using Sandbox.Dashboard.Experiments;

namespace Sandbox.Dashboard.Compare;

/// <summary>A line with a band, one per arm: the mean (or mean difference) and its 95% interval, week by week.</summary>
public sealed record BandSeries(string Name, string Label, double[] Mean, double[] Low, double[] High);

/// <summary>A headline number said in words.</summary>
public sealed record HeadlineSentence(string Variant, string Label, bool IsBaseline, string Sentence);

/// <summary>P(row does better than column) at the final week, for every pair of arms.</summary>
public sealed record ProbabilityMatrix(IReadOnlyList<string> Names, double[][] Matrix);

/// <summary>Everything the compare page draws for one outcome and one baseline. Seeds are text: they exceed what a browser's numbers hold exactly.</summary>
public sealed record CompareView(
    ExperimentInfo Experiment,
    CompareMetric Metric,
    IReadOnlyList<CompareMetric> Metrics,
    IReadOnlyList<VariantName> Variants,
    string Baseline,
    int[] Weeks,
    IReadOnlyList<BandSeries> Levels,
    IReadOnlyList<BandSeries> Differences,
    IReadOnlyList<HeadlineSentence> Headlines,
    ProbabilityMatrix Probabilities,
    IReadOnlyList<string> Seeds);

public sealed record VariantName(string Name, string Label);

/// <summary>A sweep's outcome at the final week against the swept parameter's values.</summary>
public sealed record SweepView(SweptParameter Parameter, CompareMetric Metric, IReadOnlyList<CompareMetric> Metrics, double[] X, double[] Mean, double[] Low, double[] High);

public sealed record SweptParameter(string Path, string Label, string Unit);
