using Microsoft.Extensions.Options;
using Sandbox.Dashboard.Hosting;
using Sandbox.Dashboard.Live;
using Sandbox.Dashboard.Scenarios;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>
/// Turns a researcher's request into <see cref="ResearchWork"/>: resolves the scenario as the editor sent it,
/// starts it from the request's base seed (the CLI takes the scenario's seed as the base seed, so the written
/// scenario and command reproduce the numbers), checks the kind's inputs and the dashboard's limits.
/// </summary>
public sealed class ResearchPlanner(ScenarioResolver resolver, IOptions<DashboardOptions> options, PlanExecution plans)
{
    public static readonly IReadOnlyList<string> Kinds = ["multisweep", "sensitivity", "decompose", "reform", "fork", "adaptive"];

    public static bool Handles(string kind) => Kinds.Contains(kind);

    public ResearchWork Plan(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        ResearchInputs.Int("replications", request.Replications, 1, o.MaxReplications);
        if (request.BaseSeed < 0) throw ResearchInputs.Invalid("baseSeed", ResearchInputs.Text(request.BaseSeed), "0 or more");
        var scenario = resolver.Resolve(request.Scenario);
        scenario.Seed = request.BaseSeed;
        LiveRuns.CheckSize(scenario, o.MaxCompareAgents);
        var limits = new ResearchLimits(o.MaxExperimentRuns, o.MaxVariants, new PlanRunOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) },
            $"Integration sandbox dashboard {AppVersion.Text}", plans);
        var work = request.Kind switch
        {
            "multisweep" => MultiSweepWork.Plan(scenario, request, limits),
            "sensitivity" => SensitivityWork.Plan(scenario, request, limits),
            "decompose" => DecompositionWork.Plan(scenario, request, limits),
            "reform" => ReformWork.Plan(scenario, request, limits),
            "fork" => ForkWork.Plan(scenario, request, limits),
            "adaptive" => AdaptiveWork.Plan(scenario, request, limits),
            _ => throw ResearchInputs.Invalid("kind", request.Kind, string.Join(", ", Kinds)),
        };
        return string.IsNullOrWhiteSpace(request.Name) ? work : work with { Name = request.Name.Trim()[..Math.Min(request.Name.Trim().Length, 120)] };
    }
}

/// <summary>
/// What every kind checks against and runs with: the run cap, the variant cap, the in-process runner's parallelism
/// (reform paths, forks and adaptive compares, which need whole series or decide between replications), the
/// charts' caption, and where plans of independent runs go (<see cref="PlanExecution"/>).
/// </summary>
public sealed record ResearchLimits(int MaxRuns, int MaxVariants, PlanRunOptions RunOptions, string Caption, PlanExecution Plans)
{
    /// <summary>Refuses a design bigger than the dashboard runs, naming the field that sets its size.</summary>
    public void CheckRuns(string field, string value, int runs)
    {
        if (runs > MaxRuns) throw ResearchInputs.Invalid(field, value, $"a design of at most {MaxRuns} runs (this one needs {runs}; lower it or the replications)");
    }

    public string CaptionFor(string command) => $"{command} · {Caption}";
}
