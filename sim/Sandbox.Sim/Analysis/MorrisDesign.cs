using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Analysis;

/// <summary>
/// Morris (1991) one-at-a-time trajectories on a p-level grid in the unit cube, for screening many parameters
/// at r(d + 1) runs before spending a Sobol budget on the few that matter. Each trajectory starts at a
/// random grid point and moves every parameter once by Δ = p / (2(p − 1)), in random order and direction.
/// Runs are numbered trajectory by trajectory (d + 1 each). Integer parameters are rounded after the step,
/// so their effects carry some quantisation.
/// </summary>
public sealed class MorrisDesign : IExperimentDesign
{
    // CounterRng keys: agent = trajectory, week = what is drawn, index = dimension or shuffle step.
    private const int StartDraw = 0, DirectionDraw = 1, OrderDraw = 2;

    private readonly double[][] _unit;
    private readonly int[] _moved;
    private readonly double[] _step;

    /// <param name="levels">Even p ≥ 2; p = 4 with r = 10–20 trajectories is the usual screening choice.</param>
    public MorrisDesign(IReadOnlyList<ParameterRange> ranges, int trajectories, int levels, ulong seed)
    {
        Ranges = ParameterSpace.Checked(ranges);
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 1);
        if (levels < 2 || levels % 2 != 0)
            throw new ArgumentOutOfRangeException(nameof(levels), levels, "Morris designs need an even number of levels, at least 2.");
        if ((long)trajectories * (Ranges.Count + 1) > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(trajectories), "The design would need more than int.MaxValue runs.");
        Trajectories = trajectories;
        Levels = levels;
        Seed = seed;

        int d = Ranges.Count;
        _unit = new double[trajectories * (d + 1)][];
        _moved = new int[trajectories * d];
        _step = new double[trajectories * d];
        var order = new int[d];
        var start = new double[d];
        var up = new bool[d];
        for (int t = 0; t < trajectories; t++)
        {
            for (int i = 0; i < d; i++)
            {
                double low = CounterRng.Below(levels / 2, seed, t, StartDraw, Purpose.Trajectory, i) / (double)(levels - 1);
                up[i] = CounterRng.Chance(0.5, seed, t, DirectionDraw, Purpose.Trajectory, i);
                start[i] = up[i] ? low : low + Delta;
                order[i] = i;
            }
            for (int i = d - 1; i > 0; i--)
            {
                int j = CounterRng.Below(i + 1, seed, t, OrderDraw, Purpose.Trajectory, i);
                (order[i], order[j]) = (order[j], order[i]);
            }
            int first = t * (d + 1);
            _unit[first] = (double[])start.Clone();
            for (int k = 0; k < d; k++)
            {
                int dim = order[k];
                double step = up[dim] ? Delta : -Delta;
                var next = (double[])_unit[first + k].Clone();
                next[dim] += step;
                _unit[first + k + 1] = next;
                _moved[t * d + k] = dim;
                _step[t * d + k] = step;
            }
        }
    }

    public IReadOnlyList<ParameterRange> Ranges { get; }
    public int Trajectories { get; }
    public int Levels { get; }
    public ulong Seed { get; }

    /// <summary>Step in unit-cube coordinates; p/(2(p − 1)) makes every grid level equally likely to be visited.</summary>
    public double Delta => Levels / (2.0 * (Levels - 1));

    public int Count => _unit.Length;

    public double[] Point(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return ParameterSpace.ToValues(Ranges, _unit[index]);
    }

    /// <summary>Elementary effects (y_k − y_{k−1}) / step per trajectory, summarised per parameter.</summary>
    public IReadOnlyList<MorrisEffect> Analyse(ReadOnlySpan<double> outputs)
    {
        DesignOutputs.Check(outputs, Count);
        int d = Ranges.Count;
        var effects = new double[d][];
        for (int i = 0; i < d; i++) effects[i] = new double[Trajectories];
        for (int t = 0; t < Trajectories; t++)
        {
            for (int k = 0; k < d; k++)
            {
                int run = t * (d + 1) + k;
                effects[_moved[t * d + k]][t] = (outputs[run + 1] - outputs[run]) / _step[t * d + k];
            }
        }
        var result = new MorrisEffect[d];
        for (int i = 0; i < d; i++)
        {
            var summary = Summary.Summarise(effects[i]);
            result[i] = new MorrisEffect(Ranges[i].Path, summary.Mean, effects[i].Average(Math.Abs), summary.StdDev);
        }
        return result;
    }
}
