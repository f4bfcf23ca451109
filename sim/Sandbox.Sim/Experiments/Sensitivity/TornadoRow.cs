using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>One tornado bar: the output with the parameter at its low and high end, the others central.</summary>
public sealed record TornadoRow(string Path, double LowValue, double HighValue, Summary AtLow, Summary AtHigh, Summary Centre)
{
    /// <summary>Size of the swing, the bar's length; tornado charts sort by it.</summary>
    public double Swing => Math.Abs(AtHigh.Mean - AtLow.Mean);
}
