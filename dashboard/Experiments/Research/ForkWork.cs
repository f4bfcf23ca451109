using Sandbox.Reporting.Experiments;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>
/// Snapshot the run at week t and branch into levels from the same state (<see cref="ForkRunner"/>): each
/// replication runs the shared past once, in this process, and every branch from a copy of it.
/// </summary>
internal static class ForkWork
{
    public static ResearchWork Plan(Scenario scenario, ExperimentRequest request, ResearchLimits limits)
    {
        var f = request.Fork ?? new ForkRequest();
        int week = ResearchInputs.Int("fork.week", f.Week, 1, scenario.Weeks - 1);
        if (scenario.Reform is not null)
            throw ResearchInputs.Invalid("scenario", scenario.Name, "a scenario without a reform (each branch replaces the rest of the path; use a reform experiment)");
        var levels = ResearchInputs.Levels(request.Levels);
        var branches = ForkBranch.ForLevels(levels);
        if (branches.Count > limits.MaxVariants) throw ResearchInputs.Invalid("levels", ResearchInputs.Text(branches.Count), $"1 to {limits.MaxVariants} branches");
        int baseline = Baseline(f.Baseline, branches, scenario);
        var plan = ForkRunner.Plan(scenario, week, branches, request.Replications, scenario.Seed);
        var weeks = CompareAggregation.EveryNthWeek(scenario.Weeks, ResearchCurves.TableEvery);
        string command = $"sandbox fork scenario.json --week {week} --levels {ResearchCommands.Levels(levels)} --baseline {branches[baseline].Name} "
                         + $"--reps {request.Replications} --every {ResearchCurves.TableEvery}";
        string title = $"Fork at week {week} into {string.Join(", ", branches.Select(b => b.Label))} ({scenario.Name})";
        return new ResearchWork("fork", title, scenario, request.Replications, request.Replications, scenario.Seed, command, (progress, ct) =>
        {
            var result = ForkRunner.Run(scenario, week, branches, request.Replications, scenario.Seed, limits.RunOptions,
                new InlineProgress<PlanProgress>(p => progress(p.Completed, p.Total)), ct);
            var artefacts = CurveArtefacts.Build(result, baseline, Headlines.DefaultMetric, null, weeks, title,
                ForkRunner.Method(scenario, week, branches, request.Replications), limits.CaptionFor(command));
            return new ResearchResult("fork", scenario, artefacts, scenario.Seed, plan.Seeds, command, plan.Fingerprint(ForkRunner.Kind, Hosting.AppVersion.Text), result);
        });
    }

    /// <summary>The named branch, else the scenario's own level if it is branched into, else the first.</summary>
    private static int Baseline(string? name, IReadOnlyList<ForkBranch> branches, Scenario scenario)
    {
        string? wanted = name ?? scenario.Level?.Key();
        int index = wanted is null ? 0 : branches.ToList().FindIndex(b => string.Equals(b.Name, wanted, StringComparison.OrdinalIgnoreCase));
        if (index >= 0) return index;
        if (name is null) return 0;
        throw ResearchInputs.Invalid("fork.baseline", name, "one of the branches: " + string.Join(", ", branches.Select(b => b.Name)));
    }
}
