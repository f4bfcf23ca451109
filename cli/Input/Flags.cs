using System.Globalization;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Input;

/// <summary>
/// Parses the flags that are not scenario fields. Flags arrive as text so that a bad value is reported here with
/// its range, in the same one-line form as a bad scenario value, rather than as a parser's type error.
/// </summary>
public static class Flags
{
    public static int Int(string flag, string? text, int fallback, int min, int max)
    {
        if (text is null) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
            throw new CliInputException(flag, text, $"a whole number from {min} to {max}");
        return value;
    }

    /// <summary>A Redis connection as HOST:PORT (the cluster's membership and grain state).</summary>
    public static string Redis(string flag, string text)
    {
        int colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text[(colon + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out int port) || port is < 1 or > 65535)
            throw new CliInputException(flag, text, "HOST:PORT with a port from 1 to 65535");
        return text;
    }

    /// <summary>A cluster id, the one silos and clients must share (it also names the cluster's keys in Redis).</summary>
    public static string ClusterId(string flag, string? text, string fallback) =>
        text is null ? fallback
        : text.Length is > 0 and <= 64 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? text
        : throw new CliInputException(flag, text, "1 to 64 letters, digits, '-' or '_'");

    public static OutputFormat Format(string? text) => text?.ToLowerInvariant() switch
    {
        null or "csv" => OutputFormat.Csv,
        "parquet" => OutputFormat.Parquet,
        "both" => OutputFormat.Both,
        _ => throw new CliInputException("--format", text, "csv, parquet or both"),
    };

    public static IntegrationLevel Level(string flag, string text) =>
        IntegrationLevels.TryParse(text.Trim(), out var level) ? level
            : throw new CliInputException(flag, text, "one of " + string.Join(", ", IntegrationLevels.All.Select(l => l.Key())));

    /// <summary>"all" or a comma-separated list of level keys, in the order given.</summary>
    public static IReadOnlyList<IntegrationLevel> Levels(string? text)
    {
        if (text is null || string.Equals(text.Trim(), "all", StringComparison.OrdinalIgnoreCase)) return IntegrationLevels.All;
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0) throw new CliInputException("--levels", text, "all, or a comma-separated list of " + string.Join(", ", IntegrationLevels.All.Select(l => l.Key())));
        var levels = parts.Select(p => Level("--levels", p)).ToArray();
        var repeated = levels.GroupBy(l => l).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new CliInputException("--levels", text, "each level at most once");
        return levels;
    }
}
