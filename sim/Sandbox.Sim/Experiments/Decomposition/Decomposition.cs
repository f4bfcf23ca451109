using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Contributions of mechanisms to a difference between two bundles, from a finished <see cref="DecompositionPlan"/>.
/// Both decompositions are computed replication by replication on common seeds and then summarised, so every
/// contribution has an interval; and both add up to the total difference in every replication (the path by
/// telescoping, Shapley values by efficiency), so shares sum to one up to rounding.
/// </summary>
public static class Decomposition
{
    public static DecompositionTotal Total(DecompositionPlan plan, PlanOutputs outputs, string output, double confidence = 0.95)
    {
        int from = plan.PointOf(0), to = plan.PointOf(plan.FullMask);
        var paired = outputs.Compare(to, from, output, confidence);
        return new DecompositionTotal(output, outputs.Summarise(from, output, confidence), outputs.Summarise(to, output, confidence),
            paired.Difference, paired.ProbabilityAGreater);
    }

    public static IReadOnlyList<PathStep> Path(DecompositionPlan plan, PlanOutputs outputs, string output, double confidence = 0.95)
    {
        double total = Total(plan, outputs, output, confidence).Difference.Mean;
        var steps = new PathStep[plan.Settings.Count];
        for (int k = 1; k <= steps.Length; k++)
        {
            int before = plan.PointOf((1 << (k - 1)) - 1), after = plan.PointOf((1 << k) - 1);
            var contribution = outputs.Compare(after, before, output, confidence).Difference;
            steps[k - 1] = new PathStep(k, plan.Settings[k - 1], output, outputs.Summarise(after, output, confidence), contribution, contribution.Mean / total);
        }
        return steps;
    }

    public static IReadOnlyList<ShapleyValue> Shapley(DecompositionPlan plan, PlanOutputs outputs, string output, double confidence = 0.95)
    {
        int o = outputs.Outputs.IndexOf(output), n = plan.Components.Count, reps = plan.Plan.Replications;
        var perReplication = new double[n][];
        for (int i = 0; i < n; i++) perReplication[i] = new double[reps];
        for (int r = 0; r < reps; r++)
        {
            int rep = r;
            double V(int coalition) => outputs.Value(plan.PointOf(plan.SettingsMaskOf(coalition)), rep, o);
            var phi = plan.Orders is null ? Exact(n, V) : OverOrders(plan.Orders, n, V);
            for (int i = 0; i < n; i++) perReplication[i][r] = phi[i];
        }
        double total = Total(plan, outputs, output, confidence).Difference.Mean;
        return Enumerable.Range(0, n).Select(i =>
        {
            var value = Summary.Summarise(perReplication[i], confidence);
            return new ShapleyValue(plan.Components[i], output, value, value.Mean / total);
        }).ToArray();
    }

    /// <summary>
    /// φᵢ = Σ over coalitions S without i of |S|!(n−|S|−1)!/n! · (v(S ∪ i) − v(S)). Public so the formula can be
    /// checked on games with known values, apart from any model run.
    /// </summary>
    public static double[] Exact(int n, Func<int, double> value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 20);
        var weight = new double[n];
        for (int s = 0; s < n; s++) weight[s] = Math.Exp(LogFactorial(s) + LogFactorial(n - s - 1) - LogFactorial(n));
        var cache = new double[1 << n];
        for (int c = 0; c < cache.Length; c++) cache[c] = value(c);
        var phi = new double[n];
        for (int c = 0; c < cache.Length; c++)
        {
            int size = System.Numerics.BitOperations.PopCount((uint)c);
            for (int i = 0; i < n; i++)
                if ((c & 1 << i) == 0) phi[i] += weight[size] * (cache[c | 1 << i] - cache[c]);
        }
        return phi;
    }

    /// <summary>φᵢ = the mean over orders of what i adds to the components before it.</summary>
    public static double[] OverOrders(IReadOnlyList<int[]> orders, int n, Func<int, double> value)
    {
        var phi = new double[n];
        foreach (var order in orders)
        {
            int coalition = 0;
            double before = value(0);
            foreach (int i in order)
            {
                coalition |= 1 << i;
                double after = value(coalition);
                phi[i] += after - before;
                before = after;
            }
        }
        for (int i = 0; i < n; i++) phi[i] /= orders.Count;
        return phi;
    }

    private static double LogFactorial(int k)
    {
        double sum = 0;
        for (int i = 2; i <= k; i++) sum += Math.Log(i);
        return sum;
    }
}
