using Sandbox.Sim.Experiments;

namespace Sandbox.Sim.Tests.Experiments;

public class UncertaintyTests
{
    [Theory]
    [InlineData(0.97, "very likely (97%)")]
    [InlineData(0.999, "virtually certain (>99%)")]
    [InlineData(0.7, "likely (70%)")]
    [InlineData(0.5, "about as likely as not (50%)")]
    [InlineData(0.2, "unlikely (20%)")]
    [InlineData(0.05, "very unlikely (5%)")]
    [InlineData(0.001, "exceptionally unlikely (<1%)")]
    public void Probabilities_are_worded_on_the_calibrated_scale(double p, string note) => Assert.Equal(note, Likelihood.Note(p));

    [Fact]
    public void X_beats_Y_and_Y_beats_X_add_up_to_one_and_lower_cost_is_better()
    {
        var result = TinyResults.Result(
            ("co-location", [(0.40, 9000, 30), (0.42, 9100, 28), (0.41, 8900, 31)]),
            ("full-integration", [(0.45, 9500, 20), (0.46, 9400, 21), (0.44, 9700, 19)]));
        var rate = BeatsMatrix.For(result, "sustained26Rate");
        Assert.Equal(2, rate.Count);
        Assert.Equal(1, rate[0].Probability + rate[1].Probability, 12);
        var fullOverCo = rate.Single(c => c.Variant == "full-integration");
        Assert.True(fullOverCo.Probability > 0.95, fullOverCo.Note);
        var cost = BeatsMatrix.For(result, "costPerSustainedJob").Single(c => c.Variant == "full-integration");
        Assert.True(cost.Probability < 0.05, "full integration costs more, so it is unlikely to beat co-location on cost");
    }

    [Fact]
    public void Every_headline_gets_a_confidence_note_in_the_direction_of_better()
    {
        var result = TinyResults.Result(
            ("co-location", [(0.40, 9000, 30), (0.42, 9100, 28), (0.41, 8900, 31)]),
            ("full-integration", [(0.45, 9500, 20), (0.46, 9400, 21), (0.44, 9700, 19)]));
        var headlines = Headlines.For(result, 0);
        Assert.Equal("", ConfidenceNotes.For(headlines[0], "co-location"));
        string note = ConfidenceNotes.For(headlines[1], "co-location");
        Assert.Matches(@"^It is (very likely|virtually certain) \(\S+%\) that full integration does better than co-location on clients in sustained work\.$", note);
        Assert.StartsWith(headlines[1].Sentence + " It is", ConfidenceNotes.WithNote(headlines[1], "co-location"));
        var cracks = Headlines.For(result, 0, "cumulativeCracks")[1];
        Assert.Contains("does better than co-location on clients lost between agencies", ConfidenceNotes.For(cracks, "co-location"));
    }

    [Fact]
    public void Fan_bands_are_ordered_quantiles_over_replications()
    {
        var result = TinyResults.Result(("co-location", [(0.40, 1, 1), (0.10, 1, 1), (0.30, 1, 1), (0.20, 1, 1), (0.50, 1, 1)]));
        var bands = FanBands.For(result, 0, "sustained26Rate");
        Assert.Equal(2, bands.Count);
        var last = bands[^1];
        Assert.Equal(0.30, last.Median, 12);
        Assert.Equal([0.12, 0.2, 0.3, 0.4, 0.48], last.Quantiles.Select(q => Math.Round(q, 12)));
        Assert.Equal(0.15, bands[0].Median, 12);
    }
}
