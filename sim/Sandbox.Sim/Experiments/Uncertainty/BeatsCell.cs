namespace Sandbox.Sim.Experiments;

/// <summary>
/// One cell of the "probability that X beats Y" matrix: for a metric at a week, how likely the row variant's
/// mean is better than the column variant's (larger, for metrics without a direction), with its wording.
/// </summary>
public sealed record BeatsCell(string Variant, string Other, string Metric, int Week, double Probability, string Note);
