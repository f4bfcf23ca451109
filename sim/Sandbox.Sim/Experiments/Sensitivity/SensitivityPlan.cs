using System.Globalization;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// A sensitivity analysis ready to run: a Morris or Sobol design plus the one-at-a-time tornado points, each
/// point a scenario, × replications on common random numbers. A point's answer is its mean over replications;
/// with common seeds the difference between two points is the parameters' effect rather than two different
/// draws of luck, which is what makes elementary effects of a stochastic model readable at all. Tornado points
/// are dispatched first (they are few and give an early picture), then the design in its own order, whose
/// finished prefix is a complete smaller design.
/// </summary>
public sealed class SensitivityPlan
{
    private SensitivityPlan(IExperimentDesign design, OneAtATimeDesign tornado, ExperimentPlan plan)
    {
        Design = design;
        Tornado = tornado;
        Plan = plan;
    }

    /// <summary>A <see cref="MorrisDesign"/> or a <see cref="SobolDesign"/>.</summary>
    public IExperimentDesign Design { get; }

    public OneAtATimeDesign Tornado { get; }
    public ExperimentPlan Plan { get; }
    public IReadOnlyList<ParameterRange> Ranges => Design.Ranges;

    public static SensitivityPlan Create(Scenario scenario, IExperimentDesign design, int replications, long baseSeed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(design);
        if (design is not (MorrisDesign or SobolDesign))
            throw new ArgumentException("Sensitivity runs a Morris or a Sobol design.", nameof(design));
        var tornado = new OneAtATimeDesign(design.Ranges);
        var writer = new ScenarioRanges.PointWriter(scenario, design.Ranges);
        Variant Point(string prefix, int i, double[] values) =>
            new(prefix + i.ToString(CultureInfo.InvariantCulture), writer.Label(values), writer.At(values));
        var points = Enumerable.Range(0, design.Count).Select(i => Point("d", i, design.Point(i)))
            .Concat(Enumerable.Range(0, tornado.Count).Select(i => Point("t", i, tornado.Point(i)))).ToArray();
        var order = Enumerable.Range(design.Count, tornado.Count).Concat(Enumerable.Range(0, design.Count)).ToArray();
        return new SensitivityPlan(design, tornado, new ExperimentPlan(points, replications, baseSeed, order));
    }

    /// <summary>Each design point's mean over replications, in design order: what the design's analysis takes.</summary>
    public double[] DesignOutputs(PlanOutputs outputs, string output) => outputs.PointMeans(output)[..Design.Count];

    public IReadOnlyList<MorrisEffect> Morris(PlanOutputs outputs, string output) =>
        Design is MorrisDesign morris ? morris.Analyse(DesignOutputs(outputs, output))
            : throw new InvalidOperationException("This plan runs a Sobol design; Morris effects need a Morris design.");

    public IReadOnlyList<SobolIndex> Sobol(PlanOutputs outputs, string output, int resamples = 500, double confidence = 0.95) =>
        Design is SobolDesign sobol ? sobol.Analyse(DesignOutputs(outputs, output), resamples, confidence)
            : throw new InvalidOperationException("This plan runs a Morris design; Sobol indices need a Sobol design.");

    /// <summary>Tornado bars in parameter order (the chart sorts them by swing).</summary>
    public IReadOnlyList<TornadoRow> TornadoRows(PlanOutputs outputs, string output, double confidence = 0.95)
    {
        int first = Design.Count;
        var centre = outputs.Summarise(first, output, confidence);
        return Ranges.Select((r, i) => new TornadoRow(r.Path, r.Min, r.Max,
            outputs.Summarise(first + 1 + 2 * i, output, confidence), outputs.Summarise(first + 2 + 2 * i, output, confidence), centre)).ToArray();
    }

    /// <summary>The method as a report states it.</summary>
    public string Method(int resamples = 500, double confidence = 0.95)
    {
        int d = Ranges.Count, reps = Plan.Replications;
        string ci = HeadlineNumbers.Percent(confidence);
        string design = Design switch
        {
            MorrisDesign m => $"Morris elementary effects (Morris 1991): {m.Trajectories} trajectories on a {m.Levels}-level grid, each moving every parameter once by "
                              + $"{m.Delta.ToString("0.###", CultureInfo.InvariantCulture)} of its range ({m.Count} points). μ* (mean absolute effect, Campolongo et al. 2007) ranks importance, "
                              + "μ close to μ* means the effect keeps one sign, a large σ means it depends on the other parameters (interaction or curvature). Effects are in output units per full range of the parameter.",
            SobolDesign s => $"Sobol' variance-based indices from Saltelli sampling on a Latin hypercube base of {s.BaseSize} rows ({s.Count} points): first-order indices after "
                             + $"Saltelli et al. (2010), total indices after Jansen (1999), with {ci} bootstrap intervals over base rows ({resamples} resamples). "
                             + "First-order is the share of output variance a parameter explains alone; total adds its interactions; total near zero means the parameter can be fixed anywhere in its range.",
            _ => throw new InvalidOperationException("unknown design"),
        };
        return $"Sensitivity of the chosen outputs to {d} parameter{(d == 1 ? "" : "s")} ({string.Join(", ", Ranges.Select(r => $"{r.Path} {ScenarioRanges.Text(r.Min)} to {ScenarioRanges.Text(r.Max)}"))}). "
               + design + $" Each point's output is the mean of {reps} replication{(reps == 1 ? "" : "s")} on common random numbers (replication r uses the same seed at every point), "
               + "so differences between points are the parameters' effect, not different luck; outputs are read at the final week. "
               + $"The tornado chart adds {Tornado.Count} one-at-a-time runs: each parameter at its low and high end with the others at the middle of their ranges; it shows swings but not interactions.";
    }
}
