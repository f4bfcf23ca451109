using System.Globalization;

namespace Sandbox.Sim.Validation.Reports;

/// <summary>
/// How a check's numbers are shown to people: shares and per-meeting effects as percentages (a decimal below
/// 10%), ratios as decimals to two or three places. One place, so the console table, the HTML page and the dashboard print the same text.
/// </summary>
public static class ValueFormat
{
    public static bool IsPercent(string unit) => unit is "share" or "share per meeting";

    public static string Value(double value, string unit)
    {
        if (double.IsNaN(value)) return "–";
        if (!IsPercent(unit)) return value.ToString("0.00#", CultureInfo.InvariantCulture);
        double percent = Math.Round(value * 100, 9); // a band edge of 0.85 − 0.75 is 9.999…%, not under 10%
        return percent.ToString(Math.Abs(percent) < 10 ? "0.0" : "0.#", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>"75% ± 10%" for a symmetric band, "50%–80%" for a range.</summary>
    public static string Band(TargetBand band, string unit) => band.IsSymmetric
        ? Value(band.Target, unit) + " ± " + Value(band.High - band.Target, unit)
        : Value(band.Target, unit) + " (" + Value(band.Low, unit) + "–" + Value(band.High, unit) + ")";

    /// <summary>"66% (65%–67%)": the mean and its 95% confidence interval over replications.</summary>
    public static string Model(Analysis.Summary summary, string unit) =>
        double.IsNaN(summary.HalfWidth)
            ? Value(summary.Mean, unit)
            : Value(summary.Mean, unit) + " (" + Value(summary.Lower, unit) + "–" + Value(summary.Upper, unit) + ")";

    public static string Status(ValidationRow row) => row.Status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Fail => row.KnownLimit.Length > 0 ? "fail (known limit)" : "fail",
        _ => "reference",
    };
}
