using Sandbox.Sim.Experiments;
using Sandbox.Sim.Metrics;

namespace Sandbox.Sim.Tests.Experiments;

public class CompareAggregationTests
{
    // t(0.975, df = 2)
    private const double T2 = 4.302652729911275;

    private static CompareResult Tiny() => TinyResults.Result(
        ("co-location", [(0.40, 1000, 100), (0.42, 1100, 110), (0.44, 1200, 120)]),
        ("full-integration", [(0.45, 1300, 60), (0.46, 1350, 70), (0.50, 1500, 65)]));

    [Fact]
    public void Summary_is_mean_sd_and_t_interval_across_replications()
    {
        var s = CompareAggregation.Summarise(Tiny(), 0, 0, week: 2);
        Assert.Equal(3, s.N);
        Assert.Equal(0.42, s.Mean, 12);
        Assert.Equal(0.02, s.StdDev, 12);
        Assert.Equal(T2 * 0.02 / Math.Sqrt(3), s.HalfWidth, 9);

        var week1 = CompareAggregation.Summarise(Tiny(), 0, 0, week: 1);
        Assert.Equal(0.21, week1.Mean, 12);
    }

    [Fact]
    public void Summaries_cover_every_variant_column_and_week_in_a_fixed_order()
    {
        var all = CompareAggregation.Summaries(Tiny());
        Assert.Equal(2 * 3 * 2, all.Count);
        Assert.Equal(("co-location", "sustained26Rate", 1), (all[0].Variant, all[0].Column.Metric, all[0].Week));
        Assert.Equal(("co-location", "sustained26Rate", 2), (all[1].Variant, all[1].Column.Metric, all[1].Week));
        Assert.Equal(("full-integration", "cumulativeCracks", 2), (all[^1].Variant, all[^1].Column.Metric, all[^1].Week));
        Assert.Equal(0.47, all[7].Summary.Mean, 12);
    }

    [Fact]
    public void Tables_can_be_thinned_to_every_nth_week_ending_on_the_final_week()
    {
        Assert.Equal([1, 5, 9, 10], CompareAggregation.EveryNthWeek(10, 4));
        Assert.Equal([1, 2, 3], CompareAggregation.EveryNthWeek(3, 1));
        Assert.Equal([1, 3], CompareAggregation.EveryNthWeek(3, 5));
        var finals = CompareAggregation.Summaries(Tiny(), weeks: [2]);
        Assert.Equal(2 * 3, finals.Count);
        Assert.All(finals, s => Assert.Equal(2, s.Week));
        Assert.Equal(3, CompareAggregation.Differences(Tiny(), 0, weeks: [2]).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => CompareAggregation.Summaries(Tiny(), weeks: [3]));
    }

    [Fact]
    public void Differences_pair_replications_by_index()
    {
        var d = CompareAggregation.Difference(Tiny(), 1, 0, TinyResults.Layout.Columns[0], week: 2);
        // Paired differences 0.05, 0.04, 0.06: mean 0.05, sd 0.01.
        Assert.Equal(0.05, d.Difference.Difference.Mean, 12);
        Assert.Equal(0.01, d.Difference.Difference.StdDev, 12);
        Assert.Equal(T2 * 0.01 / Math.Sqrt(3), d.Difference.Difference.HalfWidth, 9);
        Assert.Equal(100 * (0.47 / 0.42 - 1), d.Difference.RelativePercent, 9);
        Assert.True(d.IsClear);
        Assert.Equal(("full-integration", "co-location"), (d.Variant, d.Baseline));
        Assert.True(d.ProbabilityBetter > 0.99);
    }

    [Fact]
    public void Probability_better_turns_around_where_lower_is_better()
    {
        var cost = CompareAggregation.Difference(Tiny(), 1, 0, TinyResults.Layout.Columns[1], week: 2);
        Assert.True(cost.Difference.ProbabilityAGreater > 0.99);
        Assert.Equal(1 - cost.Difference.ProbabilityAGreater, cost.ProbabilityBetter, 12);
        var unknown = MetricDirections.ProbabilityBetter("referrals", 0.8);
        Assert.True(double.IsNaN(unknown));
    }

    [Fact]
    public void Differences_skip_the_baseline_and_match_columns_by_name()
    {
        var reordered = new MetricsLayout(TinyResults.Layout.Columns.Reverse());
        RunResult Reversed(RunResult r) => new(r.Scenario, r.Seed, r.Weeks, reordered,
            [.. r.Series(2), .. r.Series(1), .. r.Series(0)]);
        var tiny = Tiny();
        var mixed = new CompareResult(tiny.Variants, 1,
        [
            Enumerable.Range(0, 3).Select(r => tiny.Run(0, r)).ToArray(),
            Enumerable.Range(0, 3).Select(r => Reversed(tiny.Run(1, r))).ToArray(),
        ]);
        var diffs = CompareAggregation.Differences(mixed, 0);
        Assert.Equal(3 * 2, diffs.Count);
        Assert.All(diffs, d => Assert.Equal("full-integration", d.Variant));
        var rate = diffs.Single(d => d.Column.Metric == "sustained26Rate" && d.Week == 2);
        Assert.Equal(0.05, rate.Difference.Difference.Mean, 12);
    }

    [Fact]
    public void A_result_with_ragged_replications_or_weeks_is_rejected()
    {
        var tiny = Tiny();
        var variants = tiny.Variants;
        Assert.Throws<ArgumentException>(() => new CompareResult(variants, 1, [[tiny.Run(0, 0)], [tiny.Run(1, 0), tiny.Run(1, 1)]]));
        var longer = new RunResult("x", 1, 3, TinyResults.Layout, new double[9]);
        Assert.Throws<ArgumentException>(() => new CompareResult(variants, 1, [[tiny.Run(0, 0)], [longer]]));
    }
}
