using Sandbox.Sim.Experiments;

namespace Sandbox.Sim.Tests.Experiments;

public class HeadlinesTests
{
    private static Headline For(string metric, params (double Rate, double Cost, double Cracks)[] variant)
    {
        var result = TinyResults.Result(
            ("co-location", [(0.40, 1000, 100), (0.42, 1100, 110), (0.44, 1200, 120)]),
            ("full-integration", variant));
        var headlines = Headlines.For(result, 0, metric);
        Assert.True(headlines[0].IsBaseline);
        return headlines[1];
    }

    [Fact]
    public void A_clear_gain_says_more_with_the_interval_and_the_cost_clause()
    {
        var h = For("sustained26Rate", (0.45, 1300, 60), (0.46, 1350, 70), (0.50, 1500, 65));
        Assert.StartsWith("Full integration places 11.9% more clients in sustained work than co-location (95% CI ", h.Sentence);
        Assert.Matches(@"\(95% CI \d+\.\d–\d+\.\d%\), at €283 more per sustained job\.$", h.Sentence);
    }

    [Fact]
    public void A_clear_loss_says_fewer_and_cheaper_says_less()
    {
        var h = For("sustained26Rate", (0.36, 900, 60), (0.38, 990, 70), (0.39, 1100, 65));
        Assert.StartsWith("Full integration places 10.3% fewer clients in sustained work than co-location (95% CI ", h.Sentence);
        Assert.EndsWith(", at €103 less per sustained job.", h.Sentence);
    }

    [Fact]
    public void An_interval_spanning_zero_says_no_clear_difference()
    {
        var h = For("sustained26Rate", (0.43, 1000, 100), (0.40, 1100, 110), (0.44, 1200, 120));
        Assert.StartsWith("Full integration shows no clear difference from co-location in clients in sustained work (+0.8%, 95% CI −", h.Sentence);
        Assert.Contains(" to +", h.Sentence);
        Assert.EndsWith(", with no clear difference in cost per sustained job.", h.Sentence);
    }

    [Fact]
    public void Lower_is_better_metrics_have_their_own_words()
    {
        var cracks = For("cumulativeCracks", (0.45, 1300, 60), (0.46, 1350, 70), (0.50, 1500, 65));
        Assert.StartsWith("Full integration loses clients between agencies 40.9% less often than co-location (95% CI ", cracks.Sentence);
        Assert.True(cracks.VersusBaseline!.Value.ProbabilityBetter > 0.99);

        var cost = For("costPerSustainedJob", (0.45, 1300, 60), (0.46, 1350, 70), (0.50, 1500, 65));
        Assert.StartsWith("Full integration spends €283 more per sustained job than co-location (95% CI €", cost.Sentence);
        Assert.DoesNotContain(", at ", cost.Sentence);
    }

    [Fact]
    public void The_baseline_states_its_level_with_an_interval()
    {
        var result = TinyResults.Result(("co-location", [(0.40, 1000, 100), (0.42, 1100, 110), (0.44, 1200, 120)]));
        var h = Assert.Single(Headlines.For(result, 0));
        Assert.Null(h.VersusBaseline);
        Assert.Equal(2, h.Week);
        Assert.Equal("Co-location (baseline): 42.0% of clients in sustained work (26 weeks or more) after 2 weeks (95% CI 37.0–47.0%).", h.Sentence);
    }

    [Fact]
    public void One_replication_gives_no_interval_and_says_so()
    {
        var result = TinyResults.Result(("co-location", [(0.40, 1000, 100)]), ("full-integration", [(0.50, 1200, 60)]));
        var h = Headlines.For(result, 0)[1];
        Assert.Equal("Full integration places 25.0% more clients in sustained work than co-location (one replication: no confidence interval), at €200 more per sustained job.", h.Sentence);
    }

    [Fact]
    public void Every_main_outcome_has_a_phrase_and_a_direction()
    {
        foreach (var metric in new[] { "sustained26Rate", "employmentRate", "longTermShare", "cumulativeCracks", "costPerSustainedJob" })
        {
            var phrase = OutcomePhrases.For(metric);
            Assert.Same(phrase, OutcomePhrases.All.Single(p => p.Metric == metric));
            Assert.Equal(MetricDirections.Of(metric), phrase.Better);
        }
    }
}
