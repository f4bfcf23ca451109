namespace Sandbox.Sim.Analysis;

/// <summary>
/// One dimension of an experiment: a scenario parameter path (as <c>ParameterCatalog</c> spells it) and the
/// interval to explore. Samplers work in the unit cube and map through <see cref="FromUnit"/>, so grids,
/// Latin hypercubes, Sobol and Morris designs all treat integers and log scales the same way.
/// </summary>
public sealed record ParameterRange
{
    public ParameterRange(string path, double min, double max, bool isInteger = false, bool logScale = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max)
            throw new ArgumentOutOfRangeException(nameof(max), $"{path}: need finite min ≤ max, got {min} to {max}.");
        if (isInteger && (min != Math.Floor(min) || max != Math.Floor(max)))
            throw new ArgumentOutOfRangeException(nameof(min), $"{path}: an integer range needs whole bounds, got {min} to {max}.");
        if (logScale && min <= 0)
            throw new ArgumentOutOfRangeException(nameof(min), $"{path}: a log-scale range needs min > 0, got {min}.");
        Path = path;
        Min = min;
        Max = max;
        IsInteger = isInteger;
        LogScale = logScale;
    }

    public string Path { get; }
    public double Min { get; }
    public double Max { get; }
    public bool IsInteger { get; }

    /// <summary>Spread samples evenly in log(value), for rates and sizes that matter by ratio.</summary>
    public bool LogScale { get; }

    /// <summary>How many distinct values an integer range holds; unbounded (int.MaxValue) for real ranges.</summary>
    public int DistinctValues => IsInteger ? (int)Math.Min(Max - Min + 1, int.MaxValue) : int.MaxValue;

    /// <summary>
    /// Maps u in [0, 1] onto the range. Integers take the floor over [min, max + 1) so that equal slices of u
    /// give each integer an equal share (a Latin hypercube stays balanced) while u = 1 still reaches max.
    /// </summary>
    public double FromUnit(double u)
    {
        u = Math.Clamp(u, 0, 1);
        double top = IsInteger ? Max + 1 : Max;
        double x = LogScale ? Math.Exp(Math.Log(Min) + u * (Math.Log(top) - Math.Log(Min))) : Min + u * (top - Min);
        // The tolerance stops exp/log round-off from dropping a whole integer at exact grid levels.
        if (IsInteger) x = Math.Floor(x + 1e-9 * Math.Max(1, Math.Abs(x)));
        return Math.Clamp(x, Min, Max);
    }
}
