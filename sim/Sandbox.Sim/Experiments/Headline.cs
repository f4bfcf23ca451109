using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// One variant's value of the headline metric at the headline week, its difference from the baseline (null for
/// the baseline itself) and the sentence that says it in plain language.
/// </summary>
public sealed record Headline(
    string Variant,
    string Label,
    bool IsBaseline,
    string Metric,
    int Week,
    Summary Value,
    MetricDifference? VersusBaseline,
    string Sentence);
