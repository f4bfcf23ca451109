using Sandbox.Reporting.Experiments;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>
/// A level switch at week t with its sourced transition, against staying put and an instant switch
/// (<see cref="ReformPaths"/>), run by <see cref="PlanRunner.RunSeries"/>: outcome and cost curves through the transition.
/// </summary>
internal static class ReformWork
{
    public static ResearchWork Plan(Scenario scenario, ExperimentRequest request, ResearchLimits limits)
    {
        var r = request.Reform ?? new ReformRequest();
        if (r.To is { } to)
        {
            var reform = scenario.Reform ?? new ReformSpec();
            reform.Level = ResearchInputs.Level("reform.to", to);
            reform.Mechanisms = null;
            scenario.Reform = reform;
        }
        if (scenario.Reform is null) throw ResearchInputs.Invalid("reform.to", "(missing)", "a level to switch to (the scenario has no reform of its own)");
        // The catalog's own paths and ranges: a bad week or share is refused with the parameter's range and source.
        Set(scenario, "reform.week", r.Week);
        Set(scenario, "reform.transitionWeeks", r.TransitionWeeks);
        Set(scenario, "reform.capacityLoss", r.CapacityLoss);
        Set(scenario, "reform.referralDisruption", r.ReferralDisruption);
        Set(scenario, "reform.itMigrationCost", r.ItMigrationCost);
        if (scenario.Reform.Week >= scenario.Weeks)
            throw ResearchInputs.Invalid("reform.week", ResearchInputs.Text(scenario.Reform.Week), $"a week before the end of the run (1 to {scenario.Weeks - 1})");
        if (scenario.Reform.Level is { } l && scenario.Level == l && scenario.Reform.Mechanisms is null)
            throw ResearchInputs.Invalid("reform.to", l.Key(), $"a level other than the one the scenario starts at ({l.Key()})");
        ScenarioValidator.Validate(scenario);

        var variants = ReformPaths.Variants(scenario);
        var plan = new Sandbox.Sim.Experiments.ExperimentPlan(variants, request.Replications, scenario.Seed);
        var weeks = CompareAggregation.EveryNthWeek(scenario.Weeks, ResearchCurves.TableEvery);
        string command = $"sandbox reform scenario.json --reps {request.Replications} --every {ResearchCurves.TableEvery}";
        return new ResearchWork("reform", $"Reform to {variants[1].Label} ({scenario.Name})", scenario, plan.RunCount, request.Replications, scenario.Seed, command,
            (progress, ct) =>
            {
                var compared = PlanRunner.RunSeries(plan, limits.RunOptions, new InlineProgress<PlanProgress>(p => progress(p.Completed, p.Total)), ct);
                var artefacts = ReformArtefacts.Build(scenario, compared, Headlines.DefaultMetric, null, weeks, limits.CaptionFor(command));
                return new ResearchResult("reform", scenario, artefacts, scenario.Seed, plan.Seeds, command, plan.Fingerprint("reform", Hosting.AppVersion.Text), compared);
            });
    }

    private static void Set(Scenario scenario, string path, double? value)
    {
        if (value is { } v) ParameterCatalog.Find(scenario, path).SetExactly(scenario, v);
    }
}
