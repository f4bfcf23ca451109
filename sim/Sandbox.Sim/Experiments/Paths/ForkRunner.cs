using System.Globalization;
using System.Threading;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Snapshots a running simulation at a week and branches it into other mechanisms from the same state: the
/// same people in the same situations, the same waiting lists, vacancies and budgets so far. Each replication
/// runs the shared past once and every branch from it (<see cref="KernelSimulation.Fork"/>), so the branches
/// differ only by what happens after the fork. The result is a <see cref="CompareResult"/> with the branches as
/// variants. A branch is exactly a reform at the fork week with no transition (<see cref="AsVariants"/>): hosts
/// that distribute independent runs (the Orleans experiment grain) can run those and get the same numbers.
/// </summary>
public static class ForkRunner
{
    public const string Kind = "fork";

    public static CompareResult Run(Scenario scenario, int week, IReadOnlyList<ForkBranch> branches, int replications, long baseSeed,
        PlanRunOptions? options = null, IProgress<PlanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var plan = Plan(scenario, week, branches, replications, baseSeed);
        var layout = PlanRunner.LayoutOf(scenario);
        int perRun = layout.Count * scenario.Weeks;

        double[] Replicate(int r)
        {
            var s = scenario.Clone();
            s.Seed = plan.Seeds[r];
            var sim = new KernelSimulation(s);
            while (sim.Week < week) sim.Step();
            var values = new double[branches.Count * perRun];
            for (int b = 0; b < branches.Count; b++)
                sim.Fork(branches[b].Mechanisms).Run().Values.CopyTo(values.AsSpan(b * perRun, perRun));
            return values;
        }

        var order = Enumerable.Range(0, replications).ToArray();
        var results = RunExecutor.Run(replications, order, r => "r" + r.ToString(CultureInfo.InvariantCulture), branches.Count * perRun, Replicate,
            options ?? new PlanRunOptions(), progress, cancellationToken);
        var runs = new RunResult[branches.Count][];
        for (int b = 0; b < branches.Count; b++)
        {
            runs[b] = new RunResult[replications];
            for (int r = 0; r < replications; r++)
                runs[b][r] = new RunResult(scenario.Name, plan.Seeds[r], scenario.Weeks, layout, results[r].AsSpan(b * perRun, perRun).ToArray());
        }
        return new CompareResult(plan.Points, baseSeed, runs);
    }

    /// <summary>
    /// The fork as independent runs: the scenario with a reform at <paramref name="week"/> to each branch's
    /// mechanisms and no transition, which reproduces the forked branch exactly.
    /// </summary>
    public static IReadOnlyList<Variant> AsVariants(Scenario scenario, int week, IReadOnlyList<ForkBranch> branches)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(branches);
        if (branches.Count == 0) throw new ArgumentException("A fork needs at least one branch.", nameof(branches));
        if (week < 1 || week >= scenario.Weeks)
            throw new ScenarioValidationException("week", week.ToString(CultureInfo.InvariantCulture), $"a week from 1 to {scenario.Weeks - 1} (before the end of the run)");
        if (scenario.Reform is not null)
            throw new ScenarioValidationException("reform", "(set)", "no reform in a forked scenario: each branch replaces the rest of the path");
        return branches.Select(b =>
        {
            var s = scenario.Clone();
            s.Reform = new ReformSpec { Week = week, Mechanisms = b.Mechanisms.Clone(), TransitionWeeks = 0, CapacityLoss = 0, ReferralDisruption = 1, ItMigrationCost = 0 };
            return new Variant(b.Name, b.Label, s);
        }).ToArray();
    }

    /// <summary>The fork as a plan of independent runs: what a cluster would run, and what identifies the fork for <c>--resume</c>.</summary>
    public static ExperimentPlan Plan(Scenario scenario, int week, IReadOnlyList<ForkBranch> branches, int replications, long baseSeed) =>
        new(AsVariants(scenario, week, branches), replications, baseSeed);

    public static string Method(Scenario scenario, int week, IReadOnlyList<ForkBranch> branches, int replications, double confidence = 0.95) =>
        $"Fork: in each of {replications} replication{(replications == 1 ? "" : "s")} the scenario ran under its own mechanisms"
        + $"{(scenario.Level is { } l ? " (" + Variant.LabelOf(l) + ")" : "")} to week {week}, then the simulation was copied, state and all "
        + "(every client's situation, waiting lists, vacancies, budgets spent this year, metrics so far), and each copy went on under one branch's mechanisms: "
        + string.Join(", ", branches.Select(b => b.Label)) + ". Before the fork the branches are the same run; after it they differ only by their mechanisms, and replication r uses the "
        + $"same seed in every branch (common random numbers). Means with {HeadlineNumbers.Percent(confidence)} Student-t intervals, paired differences week by week.";
}
