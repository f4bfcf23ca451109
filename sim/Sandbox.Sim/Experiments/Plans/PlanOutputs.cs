using Sandbox.Sim.Analysis;
using Sandbox.Sim.Metrics;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// The kept outputs (<see cref="RunOutputs"/>) of every run of a plan, by run index. Every analysis (sweep
/// summaries, sensitivity indices, decompositions, cost shifting) reads from here, however the runs were made:
/// by <see cref="PlanRunner"/>, by a cluster (<see cref="FromRuns"/>), or by a test function.
/// </summary>
public sealed class PlanOutputs
{
    private readonly double[][] _values;

    /// <param name="values">values[run index][output index], run index as <see cref="ExperimentPlan.RunIndex"/>.</param>
    public PlanOutputs(ExperimentPlan plan, RunOutputs outputs, double[][] values)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != plan.RunCount)
            throw new ArgumentException($"The plan has {plan.RunCount} runs but {values.Length} were given.", nameof(values));
        for (int i = 0; i < values.Length; i++)
            if (values[i]?.Length != outputs.Count)
                throw new ArgumentException($"Run {plan.KeyOf(i)} has {values[i]?.Length ?? 0} outputs, expected {outputs.Count}.", nameof(values));
        Plan = plan;
        Outputs = outputs;
        _values = values;
    }

    /// <summary>Outputs of runs made elsewhere, e.g. the run grains of a cluster experiment.</summary>
    public static PlanOutputs FromRuns(ExperimentPlan plan, Func<int, RunResult> runOf)
    {
        ArgumentNullException.ThrowIfNull(runOf);
        var first = runOf(0);
        var outputs = new RunOutputs(first.Layout);
        var values = new double[plan.RunCount][];
        for (int i = 0; i < values.Length; i++) values[i] = outputs.Extract(i == 0 ? first : runOf(i));
        return new PlanOutputs(plan, outputs, values);
    }

    public ExperimentPlan Plan { get; }
    public RunOutputs Outputs { get; }

    public double Value(int point, int replication, int output) => _values[Plan.RunIndex(point, replication)][output];

    /// <summary>All outputs of one run, by run index.</summary>
    public ReadOnlySpan<double> Run(int run) => _values[run];

    /// <summary>One output of one point in every replication, in replication order.</summary>
    public double[] Sample(int point, int output)
    {
        var sample = new double[Plan.Replications];
        for (int r = 0; r < sample.Length; r++) sample[r] = Value(point, r, output);
        return sample;
    }

    public double[] Sample(int point, string output) => Sample(point, Outputs.IndexOf(output));

    public Summary Summarise(int point, string output, double confidence = 0.95) => Summary.Summarise(Sample(point, output), confidence);

    /// <summary>Each point's mean over replications: what a design analysis treats as the model's answer at that point.</summary>
    public double[] PointMeans(string output)
    {
        int o = Outputs.IndexOf(output);
        var means = new double[Plan.Points.Count];
        for (int p = 0; p < means.Length; p++)
        {
            double sum = 0;
            for (int r = 0; r < Plan.Replications; r++) sum += Value(p, r, o);
            means[p] = sum / Plan.Replications;
        }
        return means;
    }

    /// <summary>Point <paramref name="a"/> minus point <paramref name="b"/>, replication by replication (same seeds).</summary>
    public PairedDifference Compare(int a, int b, string output, double confidence = 0.95) =>
        PairedDifference.Compare(Sample(a, output), Sample(b, output), confidence);
}
