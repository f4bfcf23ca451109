namespace Sandbox.Sim.Experiments;

/// <summary>How a difference is stated: as a percentage of the baseline, or in the metric's own unit.</summary>
public enum DifferenceScale : byte { Relative = 0, Absolute = 1 }

/// <summary>
/// The words a headline uses for one metric, so a sentence about sustained work and one about cost read as a
/// person would write them ("places 6.1% more clients in sustained work", "spends €1,240 less per sustained
/// job"). Templates take <c>{variant}</c>, <c>{baseline}</c>, <c>{amount}</c>, <c>{direction}</c> and <c>{value}</c>.
/// </summary>
/// <param name="Metric">Metric name as in the run's columns.</param>
/// <param name="Better">Which way is an improvement; null when neither is.</param>
/// <param name="Scale">Whether the difference is quoted relative to the baseline or in the metric's unit.</param>
/// <param name="Compare">Main clause of a clear difference: "{variant} places {amount} {direction} clients in sustained work than {baseline}".</param>
/// <param name="More">The {direction} word when the variant is larger ("more", "higher").</param>
/// <param name="Less">The {direction} word when the variant is smaller ("fewer", "lower").</param>
/// <param name="Topic">What "no clear difference in …" refers to: "clients in sustained work".</param>
/// <param name="Value">A level on its own: "{value} of clients in sustained work".</param>
/// <param name="Clause">The trailing clause when this metric accompanies another: "at {amount} {direction} per sustained job".</param>
public sealed record OutcomePhrase(
    string Metric,
    Better? Better,
    DifferenceScale Scale,
    string Compare,
    string More,
    string Less,
    string Topic,
    string Value,
    string Clause);
