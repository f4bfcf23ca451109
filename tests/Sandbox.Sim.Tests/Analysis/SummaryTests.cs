using Sandbox.Sim.Analysis;
using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Tests.Analysis;

public class SummaryTests
{
    [Fact]
    public void Known_values_match_hand_computation()
    {
        var s = Summary.Summarise([1, 2, 3, 4, 5]);
        Assert.Equal(5, s.N);
        Assert.Equal(3, s.Mean, 12);
        Assert.Equal(Math.Sqrt(2.5), s.StdDev, 12);
        // t(0.975, 4) = 2.776445105
        Assert.Equal(2.776445105 * Math.Sqrt(2.5) / Math.Sqrt(5), s.HalfWidth, 6);
        Assert.Equal(s.Mean - s.HalfWidth, s.Lower);
        Assert.Equal(s.Mean + s.HalfWidth, s.Upper);
    }

    [Fact]
    public void Large_offset_does_not_lose_the_variance()
    {
        var s = Summary.Summarise([1e9 + 1, 1e9 + 2, 1e9 + 3]);
        Assert.Equal(1, s.StdDev, 9);
    }

    [Fact]
    public void Single_value_has_unknown_spread()
    {
        var s = Summary.Summarise([4.2]);
        Assert.Equal(4.2, s.Mean);
        Assert.True(double.IsNaN(s.StdDev));
        Assert.True(double.IsNaN(s.HalfWidth));
        Assert.True(double.IsNaN(Summary.Summarise([]).Mean));
    }

    [Fact]
    public void Streaming_moments_agree_with_batch()
    {
        double[] values = [3.1, -2, 7.5, 0.25, 11, 4];
        var running = new RunningMoments();
        foreach (double v in values) running.Add(v);
        var batch = Summary.Summarise(values, 0.9);
        var stream = running.ToSummary(0.9);
        Assert.Equal(batch.Mean, stream.Mean, 12);
        Assert.Equal(batch.StdDev, stream.StdDev, 12);
        Assert.Equal(batch.HalfWidth, stream.HalfWidth, 12);
    }

    [Theory]
    [InlineData(0.95, 0.93, 0.97)]
    [InlineData(0.80, 0.77, 0.83)]
    public void Interval_covers_the_true_mean_at_the_nominal_rate(double level, double low, double high)
    {
        const int sets = 2000, n = 10;
        const double trueMean = 5, sd = 2;
        var sample = new double[n];
        int covered = 0;
        for (int set = 0; set < sets; set++)
        {
            for (int i = 0; i < n; i++)
                sample[i] = trueMean + sd * CounterRng.Normal(2024, set, 0, Purpose.Sampling, i);
            var s = Summary.Summarise(sample, level);
            if (s.Lower <= trueMean && trueMean <= s.Upper) covered++;
        }
        double coverage = covered / (double)sets;
        Assert.InRange(coverage, low, high);
    }
}
