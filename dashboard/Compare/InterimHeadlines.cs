using System.Globalization;
using Sandbox.Dashboard.Experiments;
using Sandbox.Sim.Analysis;

namespace Sandbox.Dashboard.Compare;

/// <summary>
/// Plain-language headline sentences until the CLI branch's <c>Sandbox.Sim.Experiments.Headlines</c> reaches main;
/// then that one wording replaces this file, so the CLI and the dashboard say the same numbers the same way.
/// "Full integration: 6.1% more clients in sustained work than co-location (95% CI 4.8% to 7.4%), with €1,240 more
/// in cost per sustained job."
/// </summary>
internal static class InterimHeadlines
{
    public static IReadOnlyList<HeadlineSentence> For(ExperimentOutcome outcome, CompareMetric metric, int baseline, int week, double[][][] samples)
    {
        var arms = outcome.Plan.Arms;
        var cost = CompareMetrics.Find("costPerSustainedJob");
        var list = new List<HeadlineSentence>();
        for (int a = 0; a < arms.Count; a++)
        {
            if (a == baseline)
            {
                var s = Summary.Summarise(samples[a][week]);
                list.Add(new HeadlineSentence(arms[a].Name, arms[a].Label, true,
                    $"{arms[a].Label} (the baseline): {metric.Title.ToLowerInvariant()} {Value(s.Mean, metric.Unit)} after {week + 1} weeks" +
                    (double.IsNaN(s.HalfWidth) ? "." : $" (95% CI {Value(s.Lower, metric.Unit)} to {Value(s.Upper, metric.Unit)}).")));
                continue;
            }
            var d = PairedDifference.Compare(samples[a][week], samples[baseline][week]);
            string sentence = $"{arms[a].Label}: {Clause(metric, d)} than {arms[baseline].Label.ToLowerInvariant()}";
            if (metric.Key != cost.Key)
            {
                var c = PairedDifference.Compare(CompareViewBuilder.Samples(outcome, a, cost.Key)[week], CompareViewBuilder.Samples(outcome, baseline, cost.Key)[week]);
                if (!double.IsNaN(c.Difference.Mean)) sentence += $", with {Amount(Math.Abs(c.Difference.Mean), cost.Unit)} {(c.Difference.Mean >= 0 ? "more" : "less")} in cost per sustained job";
            }
            list.Add(new HeadlineSentence(arms[a].Name, arms[a].Label, false, sentence + "."));
        }
        return list;
    }

    private static string Clause(CompareMetric metric, PairedDifference d)
    {
        bool relative = metric.Unit is not "EUR" && !double.IsNaN(d.RelativePercent);
        double mean = relative ? d.RelativePercent : d.Difference.Mean;
        double low = relative ? d.RelativeLowerPercent : d.Difference.Lower;
        double high = relative ? d.RelativeUpperPercent : d.Difference.Upper;
        string Say(double v) => relative ? Pct(v) : Amount(v, metric.Unit);
        string direction = mean >= 0 ? "more" : "less";
        if (double.IsNaN(low)) return $"{Say(Math.Abs(mean))} {direction} {metric.Phrase} (one run per level: no interval)";
        if (low <= 0 && high >= 0) return $"no clear difference in {metric.Phrase} ({Signed(mean, Say)}, 95% CI {Signed(low, Say)} to {Signed(high, Say)})";
        return $"{Say(Math.Abs(mean))} {direction} {metric.Phrase} (95% CI {Say(Math.Min(Math.Abs(low), Math.Abs(high)))} to {Say(Math.Max(Math.Abs(low), Math.Abs(high)))})";
    }

    private static string Signed(double v, Func<double, string> say) => (v >= 0 ? "+" : "−") + say(Math.Abs(v));

    private static string Pct(double v) => v.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Value(double v, string unit) => unit.StartsWith("share", StringComparison.Ordinal) ? Pct(100 * v) : Amount(v, unit);

    private static string Amount(double v, string unit) => unit == "EUR"
        ? "€" + v.ToString("#,0", CultureInfo.InvariantCulture)
        : v.ToString(v >= 100 ? "#,0" : "0.0", CultureInfo.InvariantCulture) + (unit.StartsWith("share", StringComparison.Ordinal) ? " points" : "");
}
