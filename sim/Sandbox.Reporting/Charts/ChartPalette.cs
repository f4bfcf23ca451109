namespace Sandbox.Reporting;

/// <summary>
/// The series colours every chart uses, in order: Okabe-Ito, which stays distinguishable under the common colour-vision
/// deficiencies. Public so HTML reports and the dashboard can colour tables and legends to match the images.
/// Reordered so the first colours are the strongest on white; yellow is last because thin lines in it vanish.
/// </summary>
public static class ChartPalette
{
    public static IReadOnlyList<string> Hex { get; } =
        ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];

    /// <summary>The colour of the series at <paramref name="index"/>; the palette repeats past its eighth colour.</summary>
    public static string Of(int index) => Hex[index % Hex.Count];
}
