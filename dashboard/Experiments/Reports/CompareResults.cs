using Sandbox.Dashboard.Experiments.Research;
using Sandbox.Dashboard.Hosting;
using Sandbox.Reporting.Experiments;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments.Reports;

/// <summary>
/// A compare or one-setting sweep from the engine as report artefacts: the same curves, tables and headline
/// sentences the CLI's compare writes, with the first variant as baseline.
/// </summary>
internal static class CompareResults
{
    public static ResearchResult Of(ExperimentInfo info, ExperimentOutcome outcome)
    {
        var plan = outcome.Plan;
        var result = outcome.Result;
        var scenario = plan.Variants[0].Scenario;
        bool levels = plan.Kind == "compare" && plan.Variants.All(v => IntegrationLevels.TryParse(v.Name, out _));
        string command = levels
            ? $"sandbox compare scenario.json --levels {string.Join(",", plan.Variants.Select(v => v.Name))} --reps {plan.Replications} --every {ResearchCurves.TableEvery}"
            : $"(launched from the dashboard as a {plan.Kind} of {plan.Variants.Count} variants; the dashboard's reproduction bundle of any of its charts replays it)";
        var weeks = CompareAggregation.EveryNthWeek(result.Weeks, ResearchCurves.TableEvery);
        var artefacts = CurveArtefacts.Build(result, 0, Headlines.DefaultMetric, null, weeks, info.Name, CurveArtefacts.CompareMethod(result),
            $"{command} · Integration sandbox dashboard {AppVersion.Text}");
        return new ResearchResult(plan.Kind, scenario, artefacts, plan.BaseSeed, outcome.Seeds, command,
            new Sandbox.Sim.Experiments.ExperimentPlan(plan.Variants, plan.Replications, plan.BaseSeed).Fingerprint(plan.Kind, AppVersion.Text), result);
    }
}
