using System.Threading;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Runs a plan on the in-process kernel, keeping either each run's outputs (<see cref="Run"/>: sweeps,
/// sensitivity, decomposition) or its whole weekly series as a comparison (<see cref="RunSeries"/>: reform
/// paths and other curves). Results are bit-identical whatever the parallelism and whether or not some runs
/// came from a store, because each run depends on its scenario and seed alone.
/// </summary>
public static class PlanRunner
{
    public static PlanOutputs Run(ExperimentPlan plan, PlanRunOptions? options = null, IProgress<PlanProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        CheckSameAgencies(plan);
        var outputs = RunOutputs.For(plan.Points[0].Scenario);
        var values = RunExecutor.Run(plan.RunCount, plan.DispatchOrder(), plan.KeyOf, outputs.Count,
            run => outputs.Extract(new KernelSimulation(plan.ScenarioOf(run)).Run()),
            options ?? new PlanRunOptions(), progress, cancellationToken);
        return new PlanOutputs(plan, outputs, values);
    }

    /// <summary>Every run's weekly series, with the plan's points as the comparison's variants.</summary>
    public static CompareResult RunSeries(ExperimentPlan plan, PlanRunOptions? options = null, IProgress<PlanProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        int weeks = plan.Points[0].Scenario.Weeks;
        if (plan.Points.Any(p => p.Scenario.Weeks != weeks))
            throw new ArgumentException("Every point must run the same number of weeks; weeks are compared one by one.", nameof(plan));
        var layouts = plan.Points.Select(p => LayoutOf(p.Scenario)).ToArray();
        int LengthOf(int point) => layouts[point].Count * weeks;
        if (layouts.Any(l => l.Count != layouts[0].Count))
            throw new ArgumentException("Every point must have the same agencies, so that runs store the same number of values.", nameof(plan));

        var values = RunExecutor.Run(plan.RunCount, plan.DispatchOrder(), plan.KeyOf, LengthOf(0),
            run => new KernelSimulation(plan.ScenarioOf(run)).Run().Values.ToArray(),
            options ?? new PlanRunOptions(), progress, cancellationToken);

        var runs = new RunResult[plan.Points.Count][];
        for (int p = 0; p < runs.Length; p++)
        {
            runs[p] = new RunResult[plan.Replications];
            for (int r = 0; r < plan.Replications; r++)
                runs[p][r] = new RunResult(plan.Points[p].Scenario.Name, plan.Seeds[r], weeks, layouts[p], values[plan.RunIndex(p, r)]);
        }
        return new CompareResult(plan.Points, plan.BaseSeed, runs);
    }

    /// <summary>The metric columns runs of this scenario record (they depend on its agencies only).</summary>
    public static MetricsLayout LayoutOf(Scenario scenario) => new MetricsRecorder(new ModelParameters(scenario)).Layout;

    /// <summary>Outputs are compared point by point, so every point must record the same columns.</summary>
    private static void CheckSameAgencies(ExperimentPlan plan)
    {
        static string KindsOf(Scenario s) => string.Join(",", s.Agencies.Select(a => a.Kind).Order());
        string first = KindsOf(plan.Points[0].Scenario);
        var other = plan.Points.FirstOrDefault(p => KindsOf(p.Scenario) != first);
        if (other is not null)
            throw new ArgumentException($"Point '{other.Name}' has other agencies than point '{plan.Points[0].Name}'; outputs are compared column by column.", nameof(plan));
    }
}
