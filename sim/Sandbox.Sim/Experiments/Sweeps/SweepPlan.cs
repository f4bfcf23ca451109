using System.Globalization;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// A sweep ready to run: the design's points (parameter values), each as a scenario, × replications on common
/// random numbers. Grid points are dispatched coarse to fine (corners, then a 3-level grid, …) and hypercube
/// points in van der Corput order, so a sweep stopped early has already seen the whole space at low resolution.
/// </summary>
public sealed class SweepPlan
{
    private SweepPlan(SweepSpec spec, double[][] values, ExperimentPlan plan)
    {
        Spec = spec;
        Values = values;
        Plan = plan;
    }

    public SweepSpec Spec { get; }

    /// <summary>Parameter values of each point, in the order of <see cref="SweepSpec.Ranges"/>.</summary>
    public IReadOnlyList<double[]> Values { get; }

    public ExperimentPlan Plan { get; }

    public static SweepPlan Create(Scenario scenario, SweepSpec spec, int replications, long baseSeed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.Size, 1);
        double[][] values;
        int[] order;
        if (spec.Design == SweepDesign.Grid)
        {
            var shape = Grid.Shape(spec.Ranges, spec.Size);
            if (shape.Aggregate(1L, (n, k) => n * k) > SweepSpec.MaxPoints)
                throw new ArgumentOutOfRangeException(nameof(spec), $"A {spec.Size}-level grid over {spec.Ranges.Count} parameters has more than {SweepSpec.MaxPoints} points; use a Latin hypercube.");
            values = Grid.Points(spec.Ranges, spec.Size);
            order = RunOrder.CoarseToFine(shape);
        }
        else
        {
            if (spec.Size > SweepSpec.MaxPoints)
                throw new ArgumentOutOfRangeException(nameof(spec), $"At most {SweepSpec.MaxPoints} hypercube points.");
            values = LatinHypercube.Points(spec.Ranges, spec.Size, spec.DesignSeed);
            order = RunOrder.Interleaved(values.Length);
        }
        var writer = new ScenarioRanges.PointWriter(scenario, spec.Ranges);
        var points = values.Select((v, i) => new Variant("p" + i.ToString(CultureInfo.InvariantCulture), writer.Label(v), writer.At(v))).ToArray();
        return new SweepPlan(spec, values, new ExperimentPlan(points, replications, baseSeed, order));
    }

    /// <summary>The method as a report states it.</summary>
    public string Method(double confidence = 0.95)
    {
        int d = Spec.Ranges.Count, n = Values.Count, reps = Plan.Replications;
        string design = Spec.Design == SweepDesign.Grid
            ? $"a full factorial grid of {Spec.Size} evenly spaced levels per parameter (ends included; integer parameters take each whole value at most once), {n} points"
            : $"a Latin hypercube of {n} points (design seed {Spec.DesignSeed}): each parameter's range cut into {n} equal slices, each slice used once";
        return $"Sweep over {d} parameter{(d == 1 ? "" : "s")} ({string.Join(", ", Spec.Ranges.Select(Describe))}) on {design}. "
               + $"Each point was run {reps} time{(reps == 1 ? "" : "s")} with common random numbers: replication r used the same seed at every point, "
               + "so points differ by their settings and not by luck. Outputs are read at the final week (totals over the run for weekly flows); "
               + $"each point reports the mean, the standard deviation and a {HeadlineNumbers.Percent(confidence)} Student-t confidence interval over its replications. "
               + (Spec.Design == SweepDesign.Grid ? "Points were run coarse to fine (corners first)" : "Points were run in van der Corput order")
               + ", so an interrupted sweep already covers the whole space.";
    }

    private static string Describe(ParameterRange r) =>
        $"{r.Path} {ScenarioRanges.Text(r.Min)} to {ScenarioRanges.Text(r.Max)}{(r.LogScale ? " on a log scale" : "")}";
}
