using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Reporting.Experiments;

/// <summary>A finished sweep as tables, main-effect charts and one "best point" sentence per output.</summary>
public static class SweepArtefacts
{
    public static ExperimentArtefacts Build(Scenario scenario, SweepPlan sweep, PlanOutputs outputs, IReadOnlyList<string> names, string caption)
    {
        var plan = sweep.Plan;
        var headlines = names.Select(n => SweepAnalysis.Best(sweep, outputs, n) is { } best ? Sentence(plan, best, outputs.Outputs.UnitOf(n)) : null)
            .OfType<string>().ToArray();
        return new ExperimentArtefacts
        {
            Title = $"Sweep of {string.Join(", ", sweep.Spec.Ranges.Select(r => r.Path))} ({scenario.Name})",
            Method = sweep.Method(),
            Headlines = headlines,
            Tables =
            [
                new("sweep", "Mean, SD and 95% CI per point and output", "One row per point and output; parameter values in their own columns.",
                    SweepTables.Summary(sweep, SweepAnalysis.Summaries(sweep, outputs, names))),
                new("main-effects", "Main effects", "Each parameter value's mean over the points that share it.",
                    SweepTables.MainEffects(names.SelectMany(n => SweepAnalysis.MainEffects(sweep, outputs, n)).ToArray())),
                new("points", "Points", "Point names, their settings and the order they ran in.", ExperimentTables.Points(plan)),
                new("runs", "Every run", "One row per run and output, with the replication's seed.", ExperimentTables.Runs(outputs, names)),
            ],
            Charts = SweepCharts.All(sweep, outputs, names[0], caption),
        };
    }

    private static string Sentence(ExperimentPlan plan, SweepBest best, string unit) =>
        $"Best point for {MetricTitles.Topic(best.Output)}: {plan.Points[best.Best].Label}, {Value(best.BestValue, unit)}; "
        + $"runner-up {plan.Points[best.RunnerUp].Label}, {Value(best.RunnerUpValue, unit)}. "
        + $"It is {best.Note} that the best beats the runner-up on average.";

    private static string Value(Summary s, string unit) =>
        HeadlineNumbers.Level(s.Mean, unit) + (double.IsFinite(s.HalfWidth) ? $" (95% CI {HeadlineNumbers.LevelRange(s.Lower, s.Upper, unit)})" : "");
}
