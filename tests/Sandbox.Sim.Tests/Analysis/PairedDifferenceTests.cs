using Sandbox.Sim.Analysis;
using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Tests.Analysis;

public class PairedDifferenceTests
{
    private static (double[] A, double[] B) Pairs(int n, double shift, double noise, ulong seed)
    {
        var a = new double[n];
        var b = new double[n];
        for (int i = 0; i < n; i++)
        {
            // Shared luck dominates; the pairing must cancel it.
            b[i] = 100 + 20 * CounterRng.Normal(seed, i, 0, Purpose.Sampling, 0);
            a[i] = b[i] + shift + noise * CounterRng.Normal(seed, i, 0, Purpose.Sampling, 1);
        }
        return (a, b);
    }

    [Fact]
    public void Clear_improvement_is_certain_and_sign_follows_a_minus_b()
    {
        var (a, b) = Pairs(20, shift: 5, noise: 0.5, seed: 1);
        var d = PairedDifference.Compare(a, b);
        Assert.InRange(d.Difference.Mean, 4.5, 5.5);
        Assert.True(d.Difference.Lower > 0);
        Assert.Equal(1, d.ShareAGreater);
        Assert.True(d.ProbabilityAGreater > 0.999);
        Assert.True(d.RelativePercent > 0);

        var reversed = PairedDifference.Compare(b, a);
        Assert.Equal(-d.Difference.Mean, reversed.Difference.Mean, 12);
        Assert.Equal(0, reversed.ShareAGreater);
        Assert.True(reversed.ProbabilityAGreater < 0.001);
    }

    [Fact]
    public void Pairing_beats_the_unpaired_interval()
    {
        var (a, b) = Pairs(20, shift: 1, noise: 0.5, seed: 2);
        var paired = PairedDifference.Compare(a, b).Difference.HalfWidth;
        var unpaired = Math.Sqrt(Math.Pow(Summary.Summarise(a).HalfWidth, 2) + Math.Pow(Summary.Summarise(b).HalfWidth, 2));
        Assert.True(paired < unpaired / 10, $"paired {paired} vs unpaired {unpaired}");
    }

    [Fact]
    public void Identical_samples_are_a_coin_toss()
    {
        var (_, b) = Pairs(10, 0, 0, seed: 3);
        var d = PairedDifference.Compare(b, b);
        Assert.Equal(0, d.Difference.Mean);
        Assert.Equal(0.5, d.ShareAGreater);
        Assert.Equal(0.5, d.ProbabilityAGreater);
        Assert.Equal(0, d.RelativePercent, 12);
    }

    [Fact]
    public void No_true_difference_gives_a_middling_probability_and_a_ci_around_zero()
    {
        var (a, b) = Pairs(30, shift: 0, noise: 1, seed: 4);
        var d = PairedDifference.Compare(a, b);
        Assert.InRange(d.ProbabilityAGreater, 0.025, 0.975);
        Assert.True(d.Difference.Lower < 0 && d.Difference.Upper > 0);
        Assert.InRange(d.ShareAGreater, 0.2, 0.8);
    }

    [Fact]
    public void Exact_ratio_gives_exact_relative_difference()
    {
        double[] b = [10, 20, 30, 40];
        double[] a = b.Select(x => 1.1 * x).ToArray();
        var d = PairedDifference.Compare(a, b);
        Assert.Equal(10, d.RelativePercent, 9);
        Assert.Equal(10, d.RelativeLowerPercent, 9);
        Assert.Equal(10, d.RelativeUpperPercent, 9);
    }

    [Fact]
    public void Relative_interval_covers_the_true_ratio_at_about_the_nominal_rate()
    {
        const int sets = 1000, n = 20;
        var a = new double[n];
        var b = new double[n];
        int covered = 0;
        for (int set = 0; set < sets; set++)
        {
            for (int i = 0; i < n; i++)
            {
                b[i] = 100 + 10 * CounterRng.Normal(99, set, i, Purpose.Sampling, 0);
                a[i] = 1.05 * b[i] + 3 * CounterRng.Normal(99, set, i, Purpose.Sampling, 1);
            }
            var d = PairedDifference.Compare(a, b);
            if (d.RelativeLowerPercent <= 5 && 5 <= d.RelativeUpperPercent) covered++;
        }
        Assert.InRange(covered / (double)sets, 0.92, 0.975);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected() =>
        Assert.Throws<ArgumentException>(() => PairedDifference.Compare([1, 2], [1]));
}
