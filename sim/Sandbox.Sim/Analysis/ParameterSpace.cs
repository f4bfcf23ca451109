namespace Sandbox.Sim.Analysis;

/// <summary>The checks and the unit-cube mapping every sampler and design shares.</summary>
internal static class ParameterSpace
{
    /// <summary>Rejects an empty list or a path listed twice, which would make outputs unattributable.</summary>
    public static IReadOnlyList<ParameterRange> Checked(IReadOnlyList<ParameterRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        if (ranges.Count == 0) throw new ArgumentException("At least one parameter range is needed.", nameof(ranges));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in ranges)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(ranges));
            if (!seen.Add(r.Path)) throw new ArgumentException($"Parameter '{r.Path}' is listed twice.", nameof(ranges));
        }
        return ranges.ToArray();
    }

    /// <summary>One point in parameter values, in the order of <paramref name="ranges"/>.</summary>
    public static double[] ToValues(IReadOnlyList<ParameterRange> ranges, ReadOnlySpan<double> unit)
    {
        var values = new double[ranges.Count];
        for (int d = 0; d < values.Length; d++) values[d] = ranges[d].FromUnit(unit[d]);
        return values;
    }
}
