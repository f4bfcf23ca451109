using Sandbox.Reporting.Experiments;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>A sweep over several parameters on a full grid or a Latin hypercube (<see cref="SweepPlan"/>), run where <see cref="PlanExecution"/> sends it (the Orleans cluster by default).</summary>
internal static class MultiSweepWork
{
    public static ResearchWork Plan(Scenario scenario, ExperimentRequest request, ResearchLimits limits)
    {
        var ranges = ResearchInputs.Ranges(scenario, request.Ranges);
        var d = request.Design ?? new DesignRequest();
        var spec = d.Design switch
        {
            "grid" => new SweepSpec(ranges, SweepDesign.Grid, ResearchInputs.Int("design.size", d.Size, 2, 101)),
            "lhs" => new SweepSpec(ranges, SweepDesign.LatinHypercube, ResearchInputs.Int("design.size", d.Size, 2, SweepSpec.MaxPoints),
                (ulong)ResearchInputs.Int("design.seed", d.Seed, 0, int.MaxValue)),
            _ => throw ResearchInputs.Invalid("design.design", d.Design, "grid or lhs"),
        };
        // A grid's size grows as levels^parameters: check the count before building the points.
        double points = spec.Design == SweepDesign.Grid ? Math.Pow(spec.Size, ranges.Count) : spec.Size;
        limits.CheckRuns("design.size", ResearchInputs.Text(spec.Size), (int)Math.Min(int.MaxValue, points * request.Replications));
        var sweep = SweepPlan.Create(scenario, spec, request.Replications, scenario.Seed);
        limits.CheckRuns("design.size", ResearchInputs.Text(spec.Size), sweep.Plan.RunCount);
        var names = ResearchInputs.Outputs(scenario, request.Outputs, DefaultOutputs.Sweep);
        string command = $"sandbox sweep scenario.json {string.Join(" ", ranges.Select(ResearchCommands.Param))} "
                         + (spec.Design == SweepDesign.Grid ? $"--grid {spec.Size}" : $"--lhs {spec.Size} --lhs-seed {spec.DesignSeed}")
                         + $" --reps {request.Replications} --outputs {string.Join(",", names)}";
        return new ResearchWork("multisweep", $"Sweep of {string.Join(", ", ranges.Select(r => r.Path))} ({scenario.Name})", scenario, sweep.Plan.RunCount,
            request.Replications, scenario.Seed, command, (progress, ct) =>
            {
                var outputs = limits.Plans.Run(sweep.Plan, "multisweep", limits.RunOptions, progress, ct);
                var artefacts = SweepArtefacts.Build(scenario, sweep, outputs, names, limits.CaptionFor(command));
                return new ResearchResult("sweep", scenario, artefacts, scenario.Seed, sweep.Plan.Seeds, command, sweep.Plan.Fingerprint("sweep", Hosting.AppVersion.Text));
            }, limits.Plans.Engine);
    }
}
