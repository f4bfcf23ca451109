using System.Globalization;
using Sandbox.Sim.Metrics;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Plain-language results of a comparison: each variant's value of one metric at one week, and a sentence such as
/// "Full integration places 6.1% more clients in sustained work than co-location (95% CI 4.8–7.4%), at €1,240
/// more per sustained job." Wording follows the direction of the difference; when the interval includes zero the
/// sentence says there is no clear difference rather than quoting a direction the data cannot support.
/// </summary>
public static class Headlines
{
    public const string DefaultMetric = "sustained26Rate";
    public const string DefaultCompanion = "costPerSustainedJob";

    /// <param name="week">1-based week; the final week when null.</param>
    /// <param name="companion">A second metric stated as a trailing clause (cost per sustained job by default); null for none.</param>
    public static IReadOnlyList<Headline> For(CompareResult result, int baseline, string metric = DefaultMetric, int? week = null,
        string? companion = DefaultCompanion, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(result);
        if ((uint)baseline >= (uint)result.Variants.Count)
            throw new ArgumentOutOfRangeException(nameof(baseline), baseline, $"There are {result.Variants.Count} variants.");
        int w = week ?? result.Weeks;
        var column = ColumnOf(result, baseline, metric);
        bool withCompanion = companion is not null && companion != metric
            && Enumerable.Range(0, result.Variants.Count).All(v => result.LayoutOf(v).Contains(companion));

        var list = new List<Headline>();
        for (int v = 0; v < result.Variants.Count; v++)
        {
            var variant = result.Variants[v];
            int c = result.LayoutOf(v).IndexOf(metric);
            var value = CompareAggregation.Summarise(result, v, c, w, confidence);
            if (v == baseline)
            {
                list.Add(new Headline(variant.Name, variant.Label, true, metric, w, value, null, BaselineSentence(variant.Label, column, value, w)));
                continue;
            }
            var diff = CompareAggregation.Difference(result, v, baseline, column, w, confidence);
            string sentence = Compare(variant.Label, result.Variants[baseline].Label, column, diff);
            if (withCompanion)
            {
                var companionColumn = ColumnOf(result, baseline, companion!);
                sentence += Clause(companionColumn, CompareAggregation.Difference(result, v, baseline, companionColumn, w, confidence));
            }
            list.Add(new Headline(variant.Name, variant.Label, false, metric, w, value, diff, sentence + "."));
        }
        return list;
    }

    /// <summary>The main clause for a variant against the baseline, without the final full stop.</summary>
    public static string Compare(string variant, string baseline, MetricColumn column, MetricDifference diff)
    {
        var phrase = OutcomePhrases.For(column.Metric);
        var (scale, mean, low, high) = Quoted(phrase, diff);
        string ci = ConfidenceText(diff);
        if (double.IsNaN(low) || double.IsNaN(high))
            return Capitalise(Fill(phrase.Compare, variant, baseline, HeadlineNumbers.Amount(Math.Abs(mean), column.Unit, scale), phrase, mean))
                   + " (one replication: no confidence interval)";
        if (low <= 0 && high >= 0)
            return Capitalise($"{variant} shows no clear difference from {baseline} in {phrase.Topic}")
                   + $" ({HeadlineNumbers.Signed(mean, column.Unit, scale)}, {ci} {HeadlineNumbers.SignedRange(low, high, column.Unit, scale)})";
        return Capitalise(Fill(phrase.Compare, variant, baseline, HeadlineNumbers.Amount(Math.Abs(mean), column.Unit, scale), phrase, mean))
               + $" ({ci} {HeadlineNumbers.Range(Math.Abs(low), Math.Abs(high), column.Unit, scale)})";
    }

    /// <summary>", at €1,240 more per sustained job", or ", with no clear difference in cost per sustained job".</summary>
    public static string Clause(MetricColumn column, MetricDifference diff)
    {
        var phrase = OutcomePhrases.For(column.Metric);
        var (scale, mean, low, high) = Quoted(phrase, diff);
        if (double.IsNaN(mean)) return "";
        if (low <= 0 && high >= 0) return $", with no clear difference in {phrase.Topic}";
        return ", " + Fill(phrase.Clause, "", "", HeadlineNumbers.Amount(Math.Abs(mean), column.Unit, scale), phrase, mean);
    }

    private static string BaselineSentence(string label, MetricColumn column, Analysis.Summary value, int week)
    {
        string level = OutcomePhrases.For(column.Metric).Value.Replace("{value}", HeadlineNumbers.Level(value.Mean, column.Unit), StringComparison.Ordinal);
        string ci = double.IsNaN(value.HalfWidth) ? ""
            : $" ({ConfidenceText(value.Confidence)} {HeadlineNumbers.LevelRange(value.Lower, value.Upper, column.Unit)})";
        return Capitalise($"{label} (baseline): {level} after {week.ToString(CultureInfo.InvariantCulture)} weeks{ci}.");
    }

    /// <summary>The numbers a sentence quotes: relative when the phrase says so and the baseline is not zero.</summary>
    private static (DifferenceScale Scale, double Mean, double Low, double High) Quoted(OutcomePhrase phrase, MetricDifference diff)
    {
        var d = diff.Difference;
        if (phrase.Scale == DifferenceScale.Relative && !double.IsNaN(d.RelativePercent))
            return (DifferenceScale.Relative, d.RelativePercent, d.RelativeLowerPercent, d.RelativeUpperPercent);
        return (DifferenceScale.Absolute, d.Difference.Mean, d.Difference.Lower, d.Difference.Upper);
    }

    private static string Fill(string template, string variant, string baseline, string amount, OutcomePhrase phrase, double signed) =>
        template.Replace("{variant}", variant, StringComparison.Ordinal)
            .Replace("{baseline}", baseline, StringComparison.Ordinal)
            .Replace("{amount}", amount, StringComparison.Ordinal)
            .Replace("{direction}", signed >= 0 ? phrase.More : phrase.Less, StringComparison.Ordinal);

    private static string ConfidenceText(MetricDifference diff) => ConfidenceText(diff.Difference.Difference.Confidence);

    private static string ConfidenceText(double confidence) => HeadlineNumbers.Percent(confidence) + " CI";

    private static MetricColumn ColumnOf(CompareResult result, int variant, string metric)
    {
        var layout = result.LayoutOf(variant);
        if (!layout.Contains(metric))
            throw new ArgumentException($"No system-wide metric '{metric}' in variant '{result.Variants[variant].Name}'.", nameof(metric));
        return layout.Columns[layout.IndexOf(metric)];
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
