using Sandbox.Sim.Analysis;
using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Tests.Analysis;

public class ReplicationStopRuleTests
{
    private static Dictionary<string, double> Result(int replication, double sdEmployed, double sdCost = 1) => new()
    {
        ["employed"] = 0.6 + sdEmployed * CounterRng.Normal(77, replication, 0, Purpose.Replication, 0),
        ["cost"] = 1000 + sdCost * CounterRng.Normal(77, replication, 0, Purpose.Replication, 1),
        ["untargeted"] = double.NaN,
    };

    [Fact]
    public void Precise_outputs_stop_at_the_minimum()
    {
        var rule = new ReplicationStopRule([new("employed", Absolute: 0.01), new("cost", Relative: 0.01)], minReplications: 5, maxReplications: 50);
        for (int r = 0; r < 4; r++) Assert.False(rule.Add(r, Result(r, 0.001)).ShouldStop);
        var done = rule.Add(4, Result(4, 0.001));
        Assert.Equal(StopReason.PrecisionReached, done.Reason);
        Assert.Equal(5, done.Replications);
        Assert.All(done.Targets, t => Assert.True(t.Met));
        Assert.Equal(1, done.Fraction);
    }

    [Fact]
    public void Stops_when_the_half_width_first_falls_below_target()
    {
        var rule = new ReplicationStopRule([new("employed", Absolute: 0.02)], minReplications: 3, maxReplications: 1000);
        int r = 0;
        while (!rule.Add(r, Result(r, 0.1)).ShouldStop) r++;
        var p = rule.Progress;
        Assert.Equal(StopReason.PrecisionReached, p.Reason);
        // sd 0.1 and ±0.02 need about (1.96·0.1/0.02)² ≈ 96 replications.
        Assert.InRange(p.Replications, 60, 140);
        Assert.True(p.Targets[0].Summary.HalfWidth <= 0.02);

        // One fewer replication would not have been enough.
        var values = Enumerable.Range(0, p.Replications - 1).Select(i => Result(i, 0.1)["employed"]).ToArray();
        Assert.True(Summary.Summarise(values).HalfWidth > 0.02);
    }

    [Fact]
    public void Noisy_output_hits_the_cap_and_later_results_are_ignored()
    {
        var rule = new ReplicationStopRule([new("employed", Relative: 0.001)], minReplications: 3, maxReplications: 12);
        for (int r = 0; r < 20; r++) rule.Add(r, Result(r, 0.5));
        Assert.Equal(StopReason.CapReached, rule.Progress.Reason);
        Assert.Equal(12, rule.Replications);
        Assert.False(rule.Progress.Targets[0].Met);
        Assert.Equal(12, rule.Progress.Targets[0].Summary.N);
    }

    [Fact]
    public void Arrival_order_does_not_change_the_decision()
    {
        PrecisionTarget[] targets = [new("employed", Absolute: 0.03), new("cost", Relative: 0.0005)];
        var inOrder = new ReplicationStopRule(targets, 4, 200);
        var shuffled = new ReplicationStopRule(targets, 4, 200);
        for (int r = 0; r < 200; r++) inOrder.Add(r, Result(r, 0.1, 2));
        // Workers finishing in blocks of eight, each block backwards.
        for (int block = 0; block < 200; block += 8)
            for (int r = Math.Min(block + 7, 199); r >= block; r--)
            {
                var before = shuffled.Replications;
                shuffled.Add(r, Result(r, 0.1, 2));
                if (r != block && !shuffled.ShouldStop) Assert.Equal(before, shuffled.Replications);
            }
        Assert.Equal(inOrder.Replications, shuffled.Replications);
        Assert.Equal(inOrder.Progress.Targets[0].Summary.Mean, shuffled.Progress.Targets[0].Summary.Mean, 12);
        Assert.Equal(StopReason.PrecisionReached, shuffled.Progress.Reason);
    }

    [Fact]
    public void Progress_estimates_the_total_and_reports_half_widths()
    {
        var rule = new ReplicationStopRule([new("employed", Absolute: 0.02)], minReplications: 5, maxReplications: 500);
        Assert.Equal(5, rule.Progress.EstimatedTotal);
        Assert.True(double.IsNaN(rule.Add(0, Result(0, 0.1)).Targets[0].Summary.HalfWidth));
        for (int r = 1; r < 10; r++) rule.Add(r, Result(r, 0.1));
        var p = rule.Progress;
        Assert.False(p.ShouldStop);
        Assert.True(p.Targets[0].Summary.HalfWidth > 0.02);
        Assert.InRange(p.EstimatedTotal, 30, 300);
        Assert.InRange(p.Fraction, 0.02, 0.4);
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReplicationStopRule([new("x")]));
        Assert.Throws<ArgumentException>(() => new ReplicationStopRule([new("x", 1), new("x", 2)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReplicationStopRule([new("x", 1)], 10, 5));
        var rule = new ReplicationStopRule([new("employed", 0.01)]);
        rule.Add(0, Result(0, 0.1));
        Assert.Throws<ArgumentException>(() => rule.Add(0, Result(0, 0.1)));
        Assert.Throws<ArgumentException>(() => rule.Add(1, new Dictionary<string, double> { ["cost"] = 1 }));
        Assert.Throws<ArgumentException>(() => rule.Add(1, new Dictionary<string, double> { ["employed"] = double.NaN }));
    }
}
