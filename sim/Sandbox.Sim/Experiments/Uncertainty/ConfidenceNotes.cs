namespace Sandbox.Sim.Experiments;

/// <summary>
/// The plain-language note that goes with every headline number: how sure the experiment is that a variant
/// does better than the baseline on that metric ("It is very likely (97%) that full integration places more
/// clients in sustained work than co-location."). The probability is the posterior probability that the mean
/// paired difference favours the variant (<see cref="MetricDifference.ProbabilityBetter"/>), worded on the
/// <see cref="Likelihood"/> scale; metrics without a better direction are stated as "higher".
/// </summary>
public static class ConfidenceNotes
{
    public static string For(MetricDifference diff, string variantLabel, string baselineLabel) =>
        For(diff.Column.Metric, diff.Difference.ProbabilityAGreater, variantLabel, baselineLabel);

    /// <param name="metric">Metric name, for its direction and wording ("sustained26Rate", "cumulativeCost").</param>
    /// <param name="probabilityGreater">Probability that the variant's mean is larger (<see cref="Analysis.PairedDifference.ProbabilityAGreater"/>).</param>
    /// <param name="topic">What the sentence calls the metric; the headline phrase's topic when null.</param>
    public static string For(string metric, double probabilityGreater, string variantLabel, string baselineLabel, string? topic = null)
    {
        var phrase = OutcomePhrases.For(metric);
        topic ??= phrase.Topic;
        bool directed = phrase.Better is not null;
        double p = directed ? MetricDirections.ProbabilityBetter(metric, probabilityGreater) : probabilityGreater;
        string claim = directed
            ? $"{variantLabel} does better than {baselineLabel} on {topic}"
            : $"{variantLabel} has a higher {topic} than {baselineLabel}";
        if (double.IsNaN(p)) return $"With one replication there is no spread to say how likely it is that {claim}.";
        return $"It is {Likelihood.Note(p)} that {claim}.";
    }

    /// <summary>The note for a headline, or "" for the baseline's own headline, which compares with nothing.</summary>
    public static string For(Headline headline, string baselineLabel) =>
        headline.VersusBaseline is { } diff ? For(diff, headline.Label, baselineLabel) : "";

    /// <summary>A headline sentence followed by its confidence note, as the CLI and reports print it.</summary>
    public static string WithNote(Headline headline, string baselineLabel)
    {
        string note = For(headline, baselineLabel);
        return note.Length == 0 ? headline.Sentence : headline.Sentence + " " + note;
    }
}
