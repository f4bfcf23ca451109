using Sandbox.Reporting.Experiments;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>
/// Which mechanism matters: the cumulative path and Shapley values between two levels (<see cref="DecompositionPlan"/>),
/// with cost shifting between agencies, run where <see cref="PlanExecution"/> sends it (the Orleans cluster by default).
/// </summary>
internal static class DecompositionWork
{
    public static ResearchWork Plan(Scenario scenario, ExperimentRequest request, ResearchLimits limits)
    {
        var d = request.Decomposition ?? new DecompositionRequest();
        var from = d.From is { } f ? ResearchInputs.Level("decomposition.from", f) : scenario.Level ?? IntegrationLevel.CoLocation;
        var to = d.To is { } t ? ResearchInputs.Level("decomposition.to", t) : IntegrationLevel.FullIntegration;
        if (from == to) throw ResearchInputs.Invalid("decomposition.to", to.Key(), $"a level other than the start ({from.Key()})");
        var grouping = d.Components switch
        {
            "grouped" => MechanismComponents.Grouped,
            "settings" => [],
            _ => throw ResearchInputs.Invalid("decomposition.components", d.Components, "grouped or settings"),
        };
        var options = d.Orders is { } orders
            ? new DecompositionOptions { Grouping = grouping, Method = ShapleyMethod.SampledOrders, Orders = EvenOrders(orders) }
            : new DecompositionOptions { Grouping = grouping };
        DecompositionPlan plan;
        try
        {
            plan = DecompositionPlan.Create(scenario, (Variant.LabelOf(from), scenario.WithLevel(from).Mechanisms), (Variant.LabelOf(to), scenario.WithLevel(to).Mechanisms),
                options, request.Replications, scenario.Seed);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw ResearchInputs.Invalid("decomposition.orders", d.Orders is { } n ? ResearchInputs.Text(n) : "exact", e.Message.Split(" (Parameter")[0]);
        }
        limits.CheckRuns("replications", ResearchInputs.Text(request.Replications), plan.Plan.RunCount);
        var names = ResearchInputs.Outputs(scenario, request.Outputs, DefaultOutputs.Decomposition);
        string command = $"sandbox decompose scenario.json --from {from.Key()} --to {to.Key()} --components {d.Components} "
                         + $"--shapley {(d.Orders is { } k ? "orders=" + k : "exact")} --reps {request.Replications} --outputs {string.Join(",", names)}";
        return new ResearchWork("decompose", $"Decomposition of {Variant.LabelOf(to)} against {Variant.LabelOf(from)} ({scenario.Name})", scenario,
            plan.Plan.RunCount, request.Replications, scenario.Seed, command, (progress, ct) =>
            {
                var outputs = limits.Plans.Run(plan.Plan, "decompose", limits.RunOptions, progress, ct);
                var artefacts = DecompositionArtefacts.Build(scenario, plan, outputs, names, limits.CaptionFor(command));
                return new ResearchResult("decompose", scenario, artefacts, scenario.Seed, plan.Plan.Seeds, command, plan.Plan.Fingerprint("decompose", Hosting.AppVersion.Text));
            }, limits.Plans.Engine);
    }

    private static int EvenOrders(int orders) =>
        orders is >= 2 and <= 10_000 && orders % 2 == 0 ? orders
            : throw ResearchInputs.Invalid("decomposition.orders", ResearchInputs.Text(orders), "an even number from 2 to 10000 (or none for exact values)");
}
