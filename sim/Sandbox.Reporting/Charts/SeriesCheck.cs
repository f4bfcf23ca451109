namespace Sandbox.Reporting;

/// <summary>
/// Shape checks shared by all chart inputs. ScottPlot would either throw an index error deep in rendering or quietly
/// draw a truncated line; an error naming the series and the arrays points straight at the caller's bug.
/// </summary>
internal static class SeriesCheck
{
    public static void Label(string? label, string kind)
    {
        if (string.IsNullOrWhiteSpace(label)) throw new ArgumentException($"Every {kind} needs a label.", nameof(label));
    }

    public static void Length(string series, string array, double[]? values, int expected, string expectedName)
    {
        if (values is not null && values.Length != expected)
            throw new ArgumentException(
                $"Series '{series}': {array} has {values.Length} values but {expectedName} has {expected}.", array);
    }

    /// <summary>Low and High come together: a band or error bar with one side only is a caller mistake, not a style.</summary>
    public static void Bounds(string series, double[]? low, double[]? high, int expected, string expectedName)
    {
        if ((low is null) != (high is null))
            throw new ArgumentException($"Series '{series}': give both Low and High, or neither.", low is null ? "Low" : "High");
        Length(series, "Low", low, expected, expectedName);
        Length(series, "High", high, expected, expectedName);
    }

    public static void Unique(IEnumerable<string> labels, string kind)
    {
        var duplicate = labels.GroupBy(l => l).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Two {kind}s are labelled '{duplicate.Key}'; legends would be ambiguous.", kind);
    }
}
