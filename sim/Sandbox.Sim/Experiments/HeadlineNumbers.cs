using System.Globalization;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Number formats for sentences, chosen from the metric's unit: shares as percentages, euros with a sign and
/// thousands separators, counts as whole numbers. Invariant culture, so a headline reads the same on any machine.
/// </summary>
public static class HeadlineNumbers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const string Minus = "\u2212";
    private const string Dash = "\u2013";

    public static bool IsShare(string unit) => unit.StartsWith("share", StringComparison.Ordinal);
    public static bool IsEuro(string unit) => unit.StartsWith("EUR", StringComparison.Ordinal);

    /// <summary>A level in its unit: "41.2%", "€12,345", "1,204".</summary>
    public static string Level(double value, string unit) =>
        (value < 0 ? Minus : "") + (IsShare(unit) ? Number(100 * value, 1) + "%" : Amount(value, unit));

    /// <summary>A difference's size (sign dropped): relative in "%", absolute in the unit (shares in points).</summary>
    public static string Amount(double magnitude, string unit, DifferenceScale scale = DifferenceScale.Absolute) =>
        scale == DifferenceScale.Relative ? Number(magnitude, 1) + "%"
        : IsShare(unit) ? Number(100 * magnitude, 1) + " pp"
        : IsEuro(unit) ? "€" + Number(magnitude, 0)
        : Number(magnitude, Math.Abs(magnitude) >= 100 ? 0 : 1);

    /// <summary>A signed interval: "−9.5 to +3.8%", "−1.1 to +0.4 pp", "−€120 to +€50".</summary>
    public static string SignedRange(double low, double high, string unit, DifferenceScale scale)
    {
        string lo = Signed(low, unit, scale), hi = Signed(high, unit, scale);
        string suffix = SuffixOf(hi);
        if (suffix.Length > 0 && lo.EndsWith(suffix, StringComparison.Ordinal)) lo = lo[..^suffix.Length];
        return lo + " to " + hi;
    }

    /// <summary>Two difference sizes as one range: "4.8–7.4%", "€900–1,580".</summary>
    public static string Range(double low, double high, string unit, DifferenceScale scale) =>
        Join(Amount(Math.Min(low, high), unit, scale), Amount(Math.Max(low, high), unit, scale));

    /// <summary>Two levels as one range: "40.8–41.6%".</summary>
    public static string LevelRange(double low, double high, string unit) => Join(Level(low, unit), Level(high, unit));

    /// <summary>A signed difference: "+0.4%", "−€120".</summary>
    public static string Signed(double value, string unit, DifferenceScale scale) =>
        (value < 0 ? Minus : "+") + Amount(Math.Abs(value), unit, scale);

    public static string Percent(double share) => (100 * share).ToString("0.##", Inv) + "%";

    private static string SuffixOf(string amount)
    {
        int end = amount.Length;
        while (end > 0 && !char.IsDigit(amount[end - 1])) end--;
        return amount[end..];
    }

    private static string Number(double value, int decimals) => Math.Abs(value).ToString("N" + decimals, Inv);

    /// <summary>Writes a shared unit once: the low end loses its suffix ("%", " points"), the high end its "€".</summary>
    private static string Join(string low, string high)
    {
        string suffix = SuffixOf(high);
        if (low.EndsWith(suffix, StringComparison.Ordinal)) low = low[..^suffix.Length];
        if (low.StartsWith('€') && high.StartsWith('€')) high = high[1..];
        return low + Dash + high;
    }
}
