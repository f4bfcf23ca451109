using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Tests.Analysis;

public class MorrisTests
{
    // linear: 0.2·x on [0, 10] → effect 2 per full range everywhere.
    // curved: 10 (x − 0.5)² on [0, 1] → effects of both signs, so mu* ≫ |mu| and sigma > 0.
    // inert: ignored.
    private static readonly ParameterRange[] Ranges =
        [new("linear", 0, 10), new("curved", 0, 1), new("inert", -5, 5)];

    private static double Model(double[] x) => 0.2 * x[0] + 10 * Math.Pow(x[1] - 0.5, 2) + 3;

    private static IReadOnlyList<MorrisEffect> Run(MorrisDesign design) =>
        design.Analyse(Enumerable.Range(0, design.Count).Select(i => Model(design.Point(i))).ToArray());

    [Fact]
    public void Screening_separates_linear_nonlinear_and_inert_inputs()
    {
        var design = new MorrisDesign(Ranges, trajectories: 20, levels: 4, seed: 8);
        Assert.Equal(20 * 4, design.Count);
        var e = Run(design);
        var (linear, curved, inert) = (e[0], e[1], e[2]);

        Assert.Equal(2, linear.Mu, 9);
        Assert.Equal(2, linear.MuStar, 9);
        Assert.Equal(0, linear.Sigma, 9);

        // With p = 4 the curved input moves between 0 ↔ 2/3 or 1/3 ↔ 1: effects are ±10/3 exactly.
        Assert.Equal(10.0 / 3, curved.MuStar, 9);
        Assert.True(curved.Sigma > 1);
        Assert.True(Math.Abs(curved.Mu) < curved.MuStar);

        Assert.Equal(0, inert.MuStar, 12);
        Assert.Equal(0, inert.Sigma, 12);
        Assert.True(curved.MuStar > linear.MuStar && linear.MuStar > inert.MuStar);
    }

    [Fact]
    public void Trajectories_move_one_parameter_by_delta_per_step()
    {
        ParameterRange[] unit = [new("a", 0, 1), new("b", 0, 1), new("c", 0, 1), new("d", 0, 1)];
        var design = new MorrisDesign(unit, trajectories: 15, levels: 6, seed: 4);
        Assert.Equal(0.6, design.Delta, 12);
        for (int t = 0; t < 15; t++)
        {
            var moved = new HashSet<int>();
            for (int k = 0; k < 4; k++)
            {
                var before = design.Point(t * 5 + k);
                var after = design.Point(t * 5 + k + 1);
                var changed = Enumerable.Range(0, 4).Where(i => before[i] != after[i]).ToArray();
                Assert.Single(changed);
                Assert.Equal(0.6, Math.Abs(after[changed[0]] - before[changed[0]]), 12);
                Assert.InRange(after[changed[0]], 0, 1);
                moved.Add(changed[0]);
            }
            Assert.Equal(4, moved.Count);
        }
    }

    [Fact]
    public void Design_is_a_function_of_its_seed_and_needs_even_levels()
    {
        var a = new MorrisDesign(Ranges, 5, 4, 1);
        var b = new MorrisDesign(Ranges, 5, 4, 1);
        var c = new MorrisDesign(Ranges, 5, 4, 2);
        var points = (MorrisDesign m) => Enumerable.Range(0, m.Count).Select(m.Point).ToArray();
        Assert.Equal(points(a), points(b));
        Assert.NotEqual(points(a), points(c));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MorrisDesign(Ranges, 5, 3, 1));
    }
}
