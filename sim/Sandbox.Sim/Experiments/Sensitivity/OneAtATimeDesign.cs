using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// The tornado chart's design: the centre of every range, then each parameter alone at its low and at its
/// high end with the others central (2d + 1 runs). It shows swings a decision-maker can read directly, at a
/// cost small next to Morris or Sobol, but it sees no interactions: use it beside them, not instead.
/// Run 0 is the centre; run 1 + 2i has parameter i low, run 2 + 2i has it high.
/// </summary>
public sealed class OneAtATimeDesign : IExperimentDesign
{
    public OneAtATimeDesign(IReadOnlyList<ParameterRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        if (ranges.Count == 0) throw new ArgumentException("At least one parameter range is needed.", nameof(ranges));
        Ranges = ranges.ToArray();
    }

    public IReadOnlyList<ParameterRange> Ranges { get; }
    public int Count => 2 * Ranges.Count + 1;

    public double[] Point(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var values = Ranges.Select(r => r.FromUnit(0.5)).ToArray();
        if (index > 0)
        {
            int dim = (index - 1) / 2;
            values[dim] = index % 2 == 1 ? Ranges[dim].Min : Ranges[dim].Max;
        }
        return values;
    }
}
