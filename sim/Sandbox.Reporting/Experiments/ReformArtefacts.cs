using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Reporting.Experiments;

/// <summary>
/// A reform's paths (staying put, the reform with its transition, the instant switch) as curves, plus the
/// transition parameters with their sources and the cost of the transition against the instant switch.
/// </summary>
public static class ReformArtefacts
{
    public static ExperimentArtefacts Build(Scenario scenario, CompareResult compared, string metric, int? week, IReadOnlyList<int> tableWeeks, string caption)
    {
        var curves = CurveArtefacts.Build(compared, 0, metric, week, tableWeeks, $"Reform to {compared.Variants[1].Label} ({scenario.Name})",
            ReformPaths.Method(scenario, compared.ReplicationCount), caption);
        var lines = curves.Headlines;
        if (compared.Variants.Count > 2)
        {
            var cost = Headlines.For(compared, 2, metric, week).Single(h => h.Variant == ReformPaths.Reform);
            lines = [.. lines, "", ConfidenceNotes.WithNote(cost, compared.Variants[2].Label)];
        }
        return curves with
        {
            Headlines = lines,
            Tables = [.. curves.Tables, new("transition", "Transition parameters and their sources", "The values this reform used and where each comes from.", Transition(scenario))],
        };
    }

    private static TidyTable Transition(Scenario scenario)
    {
        var rows = ReformPaths.Transition(scenario);
        return new TidyTable()
            .AddColumn("parameter", rows.Select(r => r.Path).ToArray())
            .AddColumn("value", rows.Select(r => r.Value).ToArray())
            .AddColumn("unit", rows.Select(r => r.Unit).ToArray())
            .AddColumn("source", rows.Select(r => r.Source).ToArray());
    }
}
