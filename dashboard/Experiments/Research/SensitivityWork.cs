using Sandbox.Reporting.Experiments;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>Morris screening or Sobol' indices with the one-at-a-time tornado (<see cref="SensitivityPlan"/>), run where <see cref="PlanExecution"/> sends it (the Orleans cluster by default).</summary>
internal static class SensitivityWork
{
    public static ResearchWork Plan(Scenario scenario, ExperimentRequest request, ResearchLimits limits)
    {
        var ranges = ResearchInputs.Ranges(scenario, request.Ranges);
        var s = request.Sensitivity ?? new SensitivityRequest();
        ulong seed = (ulong)ResearchInputs.Int("sensitivity.seed", s.Seed, 0, int.MaxValue);
        int levels = ResearchInputs.Int("sensitivity.gridLevels", s.GridLevels, 2, 20);
        if (levels % 2 != 0) throw ResearchInputs.Invalid("sensitivity.gridLevels", ResearchInputs.Text(levels), "an even number from 2 to 20");
        int resamples = ResearchInputs.Int("sensitivity.resamples", s.Resamples, 10, 10_000);
        (string sizeField, int size) = s.Method == "sobol" ? ("sensitivity.baseSize", s.BaseSize) : ("sensitivity.trajectories", s.Trajectories);
        IExperimentDesign design = s.Method switch
        {
            "morris" => new MorrisDesign(ranges, ResearchInputs.Int(sizeField, size, 2, 1000), levels, seed),
            "sobol" => new SobolDesign(ranges, ResearchInputs.Int(sizeField, size, 8, 100_000), seed),
            _ => throw ResearchInputs.Invalid("sensitivity.method", s.Method, "morris or sobol"),
        };
        limits.CheckRuns(sizeField, ResearchInputs.Text(size), (design.Count + 2 * ranges.Count + 1) * request.Replications);
        var plan = SensitivityPlan.Create(scenario, design, request.Replications, scenario.Seed);
        var names = ResearchInputs.Outputs(scenario, request.Outputs, DefaultOutputs.Sensitivity);
        string command = $"sandbox sensitivity scenario.json {string.Join(" ", ranges.Select(ResearchCommands.Param))} --method {s.Method} "
                         + (s.Method == "sobol" ? $"--base {size} --resamples {resamples}" : $"--trajectories {size} --grid-levels {levels}")
                         + $" --design-seed {seed} --reps {request.Replications} --outputs {string.Join(",", names)}";
        return new ResearchWork("sensitivity", $"Sensitivity of {string.Join(", ", names)} to {ranges.Count} parameters ({scenario.Name})", scenario,
            plan.Plan.RunCount, request.Replications, scenario.Seed, command, (progress, ct) =>
            {
                var outputs = limits.Plans.Run(plan.Plan, "sensitivity", limits.RunOptions, progress, ct);
                var artefacts = SensitivityArtefacts.Build(scenario, plan, outputs, names, resamples, limits.CaptionFor(command));
                return new ResearchResult("sensitivity", scenario, artefacts, scenario.Seed, plan.Plan.Seeds, command, plan.Plan.Fingerprint("sensitivity", Hosting.AppVersion.Text));
            }, limits.Plans.Engine);
    }
}
