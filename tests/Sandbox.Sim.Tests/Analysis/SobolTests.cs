using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Tests.Analysis;

public class SobolTests
{
    private const double A = 7, B = 0.1;

    private static double Ishigami(double[] x) =>
        Math.Sin(x[0]) + A * Math.Pow(Math.Sin(x[1]), 2) + B * Math.Pow(x[2], 4) * Math.Sin(x[0]);

    private static readonly ParameterRange[] IshigamiRanges =
        [new("x1", -Math.PI, Math.PI), new("x2", -Math.PI, Math.PI), new("x3", -Math.PI, Math.PI)];

    private static double[] Evaluate(IExperimentDesign design, Func<double[], double> f) =>
        Enumerable.Range(0, design.Count).Select(i => f(design.Point(i))).ToArray();

    /// <summary>Analytic indices (Ishigami and Homma 1990; Sobol' and Levitan 1999).</summary>
    private static (double[] First, double[] Total) IshigamiIndices()
    {
        double pi4 = Math.Pow(Math.PI, 4), pi8 = pi4 * pi4;
        double v1 = 0.5 * Math.Pow(1 + B * pi4 / 5, 2), v2 = A * A / 8, v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        return ([v1 / v, v2 / v, 0], [(v1 + v13) / v, v2 / v, v13 / v]);
    }

    [Fact]
    public void Analytic_reference_is_the_published_one()
    {
        var (first, total) = IshigamiIndices();
        Assert.Equal(0.3139, first[0], 4);
        Assert.Equal(0.4424, first[1], 4);
        Assert.Equal(0.5576, total[0], 4);
        Assert.Equal(0.2437, total[2], 4);
    }

    [Fact]
    public void Ishigami_indices_are_recovered()
    {
        var design = new SobolDesign(IshigamiRanges, baseSize: 8192, seed: 42);
        Assert.Equal(8192 * 5, design.Count);
        var indices = design.Analyse(Evaluate(design, Ishigami), resamples: 200);
        var (first, total) = IshigamiIndices();
        for (int i = 0; i < 3; i++)
        {
            var s = indices[i];
            Assert.Equal(IshigamiRanges[i].Path, s.Path);
            Assert.True(Math.Abs(s.First - first[i]) < 0.04, $"S{i + 1} = {s.First:F4}, expected {first[i]:F4}");
            Assert.True(Math.Abs(s.Total - total[i]) < 0.04, $"ST{i + 1} = {s.Total:F4}, expected {total[i]:F4}");
            Assert.True(s.FirstLower < s.First && s.First < s.FirstUpper);
            Assert.True(s.TotalLower < s.Total && s.Total < s.TotalUpper);
            Assert.InRange(s.FirstUpper - s.FirstLower, 0.005, 0.15);
            Assert.InRange(s.TotalUpper - s.TotalLower, 0.005, 0.15);
        }
        // x3 acts only through its interaction with x1.
        Assert.True(indices[2].Total - indices[2].First > 0.15);
    }

    [Fact]
    public void Additive_linear_model_has_first_equal_total()
    {
        // f = x1 + 2 x2 + 0 x3 on [0, 1]: variances 1/12 and 4/12, so S = (0.2, 0.8, 0).
        ParameterRange[] ranges = [new("a", 0, 1), new("b", 0, 1), new("c", 0, 1)];
        var design = new SobolDesign(ranges, 2048, seed: 5);
        var s = design.Analyse(Evaluate(design, x => 100 + x[0] + 2 * x[1]), resamples: 100);
        Assert.Equal(0.2, s[0].First, 1);
        Assert.Equal(0.8, s[1].First, 1);
        Assert.Equal(0.2, s[0].Total, 1);
        Assert.Equal(0.8, s[1].Total, 1);
        Assert.Equal(0, s[2].Total, 10);
        Assert.Equal(0, s[2].First, 10);
    }

    [Fact]
    public void Design_rows_are_a_b_and_their_mixtures()
    {
        var design = new SobolDesign([new("a", 0, 1), new("b", 0, 1)], 4, seed: 3);
        for (int row = 0; row < 4; row++)
        {
            var a = design.Point(row * 4);
            var ab1 = design.Point(row * 4 + 1);
            var ab2 = design.Point(row * 4 + 2);
            var b = design.Point(row * 4 + 3);
            Assert.Equal([b[0], a[1]], ab1);
            Assert.Equal([a[0], b[1]], ab2);
            Assert.NotEqual(a, b);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => design.Point(16));
    }

    [Fact]
    public void Analysis_is_deterministic_and_rejects_bad_outputs()
    {
        var design = new SobolDesign(IshigamiRanges, 256, seed: 9);
        var y = Evaluate(design, Ishigami);
        Assert.Equal(design.Analyse(y, 50), design.Analyse(y, 50));
        Assert.Throws<ArgumentException>(() => design.Analyse(y.AsSpan(1)));
        y[3] = double.NaN;
        Assert.Throws<ArgumentException>(() => design.Analyse(y));
        Assert.All(design.Analyse(new double[design.Count], 10), s => Assert.True(double.IsNaN(s.First)));
    }
}
