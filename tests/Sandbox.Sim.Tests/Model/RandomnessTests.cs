using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Tests.Model;

public class RandomnessTests
{
    [Theory]
    [InlineData(1e-10)]
    [InlineData(0.001)]
    [InlineData(0.02425)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void The_fast_normal_quantile_matches_the_exact_one(double p) =>
        Assert.Equal(MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p), InverseNormal.Of(p), 1e-7 * Math.Max(1, Math.Abs(InverseNormal.Of(p))));

    [Fact]
    public void Draws_depend_on_every_part_of_the_key_and_nothing_else()
    {
        double u = CounterRng.Uniform(1, 2, 3, Purpose.Callback, 4);
        Assert.Equal(u, CounterRng.Uniform(1, 2, 3, Purpose.Callback, 4));
        Assert.NotEqual(u, CounterRng.Uniform(2, 2, 3, Purpose.Callback, 4));
        Assert.NotEqual(u, CounterRng.Uniform(1, 3, 3, Purpose.Callback, 4));
        Assert.NotEqual(u, CounterRng.Uniform(1, 2, 4, Purpose.Callback, 4));
        Assert.NotEqual(u, CounterRng.Uniform(1, 2, 3, Purpose.Interview, 4));
        Assert.NotEqual(u, CounterRng.Uniform(1, 2, 3, Purpose.Callback, 5));
    }

    [Fact]
    public void Uniforms_are_uniform_and_uncorrelated_across_agents()
    {
        const int n = 200_000;
        var bins = new int[20];
        double sum = 0, prev = 0, lagProduct = 0;
        for (int i = 0; i < n; i++)
        {
            double u = CounterRng.Uniform(42, i, 7, Purpose.Callback);
            bins[(int)(u * 20)]++;
            sum += u;
            lagProduct += (u - 0.5) * (prev - 0.5);
            prev = u;
        }
        Assert.Equal(0.5, sum / n, 0.005);
        Assert.All(bins, b => Assert.InRange(b, n / 20 * 0.95, n / 20 * 1.05));
        Assert.InRange(lagProduct / n / (1.0 / 12), -0.01, 0.01);
    }

    [Fact]
    public void Application_counts_follow_a_poisson_law()
    {
        const int n = 100_000;
        const double lambda = 3.3;
        double sum = 0, sumSq = 0;
        for (int i = 0; i < n; i++)
        {
            int k = Sandbox.Sim.Rules.PoissonCount.Of(lambda, CounterRng.Uniform(5, i, 0, Purpose.ApplicationCount));
            sum += k;
            sumSq += k * k;
        }
        double mean = sum / n, variance = sumSq / n - mean * mean;
        Assert.Equal(lambda, mean, 0.03);
        Assert.Equal(lambda, variance, 0.08);
    }

    [Fact]
    public void Tabulated_poisson_counts_equal_the_sequential_inversion_on_the_rounded_rate()
    {
        // The textbook search along the CDF, on the rate rounded to 1/256 as the table is: any difference in
        // the table or its vectorised comparison changes some client's applications.
        static int Sequential(double lambda, double u)
        {
            if (lambda <= 0) return 0;
            int q = Math.Min(24 * 256, (int)(lambda * 256 + 0.5));
            double rate = (double)q / 256;
            double p = Math.Exp(-(double)(q / 256)) * Math.Exp(-(double)(q % 256) / 256), cdf = p;
            int k = 0;
            while (u > cdf && k < 12)
            {
                k++;
                p *= rate * (1.0 / k);
                cdf += p;
            }
            return k;
        }

        int differences = 0, nonZero = 0, capped = 0;
        for (int i = 0; i < 200_000; i++)
        {
            double lambda = CounterRng.Uniform(9, i, 0, Purpose.Sampling) * 26 - 1;
            double u = CounterRng.Uniform(9, i, 1, Purpose.Sampling);
            int k = Sandbox.Sim.Rules.PoissonCount.Of(lambda, u);
            if (k != Sequential(lambda, u)) differences++;
            if (k > 0) nonZero++;
            if (k == 12) capped++;
        }
        Assert.Equal(0, differences);
        Assert.True(nonZero > 100_000 && capped > 1_000, $"the sample must reach every part of the table ({nonZero}, {capped})");
    }
}
