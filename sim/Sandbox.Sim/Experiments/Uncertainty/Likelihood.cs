using System.Globalization;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Probabilities in words, on the calibrated scale the IPCC uses for decision-makers (Mastrandrea et al. 2010,
/// AR5 guidance note): virtually certain ≥ 99%, very likely ≥ 90%, likely ≥ 66%, about as likely as not
/// 33–66%, unlikely ≤ 33%, very unlikely ≤ 10%, exceptionally unlikely ≤ 1%. A fixed scale means "likely"
/// means the same thing in every report, and the number in brackets keeps the words honest.
/// </summary>
public static class Likelihood
{
    public static string Phrase(double probability) => probability switch
    {
        double.NaN => "of unknown likelihood",
        >= 0.99 => "virtually certain",
        >= 0.90 => "very likely",
        >= 0.66 => "likely",
        > 0.33 => "about as likely as not",
        > 0.10 => "unlikely",
        > 0.01 => "very unlikely",
        _ => "exceptionally unlikely",
    };

    /// <summary>"very likely (97%)"; the percentage is whole and never shown as 0% or 100%, which a finite sample cannot support.</summary>
    public static string Note(double probability) =>
        double.IsNaN(probability) ? "of unknown likelihood (one replication: no spread to judge by)" : $"{Phrase(probability)} ({Percent(probability)})";

    public static string Percent(double probability) =>
        probability >= 0.995 ? ">99%" : probability <= 0.005 ? "<1%" : Math.Round(100 * probability).ToString(CultureInfo.InvariantCulture) + "%";
}
