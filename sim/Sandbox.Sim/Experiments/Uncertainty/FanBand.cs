namespace Sandbox.Sim.Experiments;

/// <summary>
/// The spread of runs at one week: quantiles over replications at <see cref="FanBands.Levels"/> (5, 25, 50, 75,
/// 95%). Unlike a confidence interval, which narrows as replications are added, this is the range of outcomes a
/// single realisation could have: what a fan chart shows.
/// </summary>
public sealed record FanBand(int Week, IReadOnlyList<double> Quantiles)
{
    public double Median => Quantiles[FanBands.Levels.Count / 2];
}
