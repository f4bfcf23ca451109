using Sandbox.Reporting.Experiments;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>
/// A compare of levels that adds replications until every precision target is met (<see cref="AdaptiveCompareRunner"/>),
/// up to the request's replications as a cap. Progress counts runs against the rule's running estimate of the total.
/// </summary>
internal static class AdaptiveWork
{
    public static ResearchWork Plan(Scenario scenario, ExperimentRequest request, ResearchLimits limits)
    {
        var p = request.Precision ?? new PrecisionRequest();
        var levels = ResearchInputs.Levels(request.Levels);
        var variants = Variant.ForLevels(scenario, levels).ToArray();
        if (p.Targets.Count == 0) throw ResearchInputs.Invalid("precision.targets", "(none)", "at least one output with an absolute or relative half-width");
        var outputs = ResearchInputs.Outputs(scenario, p.Targets.Select(t => t.Output).ToArray(), []);
        if (outputs.Count != p.Targets.Count) throw ResearchInputs.Invalid("precision.targets", "a repeated output", "one target per output");
        var targets = p.Targets.Select(Target).ToArray();
        int cap = request.Replications;
        int min = ResearchInputs.Int("precision.minReplications", p.MinReplications, 2, cap);
        var options = new AdaptiveCompareOptions
        {
            Targets = targets, MinReplications = min, MaxReplications = cap, BaseSeed = scenario.Seed, MaxDegreeOfParallelism = limits.RunOptions.MaxDegreeOfParallelism,
        };
        var weeks = CompareAggregation.EveryNthWeek(scenario.Weeks, ResearchCurves.TableEvery);
        string command = $"sandbox compare scenario.json --levels {ResearchCommands.Levels(levels)} --reps {cap} --min-reps {min} "
                         + string.Join(" ", targets.Select(t => $"--precision {t.Output}=" + (t.Relative > 0 ? ScenarioRanges.Text(100 * t.Relative) + "%" : ScenarioRanges.Text(t.Absolute))))
                         + $" --every {ResearchCurves.TableEvery}";
        string title = $"Compare {string.Join(", ", variants.Select(v => v.Label))} to a set precision ({scenario.Name})";
        return new ResearchWork("adaptive", title, scenario, variants.Length * min, cap, scenario.Seed, command, (progress, ct) =>
        {
            var done = AdaptiveCompareRunner.Run(variants, options, new InlineProgress<ReplicationProgress>(r =>
                progress(r.Replications * variants.Length, Math.Max(r.Replications, r.EstimatedTotal) * variants.Length)), ct);
            var result = done.Result;
            var artefacts = CurveArtefacts.Build(result, 0, Headlines.DefaultMetric, null, weeks, title,
                CurveArtefacts.CompareMethod(result) + " " + done.Method(options), limits.CaptionFor(command));
            var seeds = Enumerable.Range(0, result.ReplicationCount).Select(result.SeedOf).ToArray();
            return new ResearchResult("compare", scenario, artefacts, scenario.Seed, seeds, command,
                new Sandbox.Sim.Experiments.ExperimentPlan(variants, result.ReplicationCount, scenario.Seed).Fingerprint("compare", Hosting.AppVersion.Text), result);
        });
    }

    private static PrecisionTarget Target(PrecisionTargetRequest t)
    {
        double absolute = t.Absolute ?? 0, relative = t.Relative ?? 0;
        if (!(absolute >= 0) || !(relative >= 0) || !double.IsFinite(absolute) || relative >= 1 || absolute + relative == 0)
            throw ResearchInputs.Invalid("precision.targets", $"{t.Output} ±{ResearchInputs.Text(absolute)} or {ResearchInputs.Text(100 * relative)}%",
                "an absolute half-width above 0 in the output's unit, or a relative one above 0 and below 1 (0.02 = 2% of the mean)");
        return new PrecisionTarget(t.Output, absolute, relative);
    }
}
