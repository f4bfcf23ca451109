using Sandbox.Sim.Experiments;

namespace Sandbox.Reporting.Experiments;

/// <summary>A decomposition as tidy tables: totals, the cumulative path, Shapley values and cost shifting.</summary>
public static class DecompositionTables
{
    public static TidyTable Totals(IReadOnlyList<DecompositionTotal> rows) => new TidyTable()
        .AddColumn("output", rows.Select(r => r.Output).ToArray())
        .AddColumn("n", rows.Select(r => r.From.N).ToArray())
        .AddColumn("from_mean", rows.Select(r => r.From.Mean).ToArray())
        .AddColumn("to_mean", rows.Select(r => r.To.Mean).ToArray())
        .AddColumn("diff_mean", rows.Select(r => r.Difference.Mean).ToArray())
        .AddColumn("diff_ci_low", rows.Select(r => r.Difference.Lower).ToArray())
        .AddColumn("diff_ci_high", rows.Select(r => r.Difference.Upper).ToArray());

    public static TidyTable Path(IReadOnlyList<PathStep> rows) => new TidyTable()
        .AddColumn("step", rows.Select(r => r.Step).ToArray())
        .AddColumn("setting", rows.Select(r => r.Setting.Path).ToArray())
        .AddColumn("from_value", rows.Select(r => r.Setting.FromText).ToArray())
        .AddColumn("to_value", rows.Select(r => r.Setting.ToText).ToArray())
        .AddColumn("output", rows.Select(r => r.Output).ToArray())
        .AddColumn("reached_mean", rows.Select(r => r.Reached.Mean).ToArray())
        .AddColumn("contribution_mean", rows.Select(r => r.Contribution.Mean).ToArray())
        .AddColumn("contribution_ci_low", rows.Select(r => r.Contribution.Lower).ToArray())
        .AddColumn("contribution_ci_high", rows.Select(r => r.Contribution.Upper).ToArray())
        .AddColumn("share", rows.Select(r => r.Share).ToArray());

    public static TidyTable Shapley(IReadOnlyList<ShapleyValue> rows) => new TidyTable()
        .AddColumn("component", rows.Select(r => r.Component.Name).ToArray())
        .AddColumn("settings", rows.Select(r => string.Join(" ", r.Component.Paths)).ToArray())
        .AddColumn("output", rows.Select(r => r.Output).ToArray())
        .AddColumn("value_mean", rows.Select(r => r.Value.Mean).ToArray())
        .AddColumn("value_ci_low", rows.Select(r => r.Value.Lower).ToArray())
        .AddColumn("value_ci_high", rows.Select(r => r.Value.Upper).ToArray())
        .AddColumn("share", rows.Select(r => r.Share).ToArray());

    public static TidyTable CostShift(IReadOnlyList<CostShiftRow> rows) => new TidyTable()
        .AddColumn("agency", rows.Select(r => r.Agency).ToArray())
        .AddColumn("category", rows.Select(r => r.Category).ToArray())
        .AddColumn("from_mean", rows.Select(r => r.From.Mean).ToArray())
        .AddColumn("to_mean", rows.Select(r => r.To.Mean).ToArray())
        .AddColumn("diff_mean", rows.Select(r => r.Difference.Mean).ToArray())
        .AddColumn("diff_ci_low", rows.Select(r => r.Difference.Lower).ToArray())
        .AddColumn("diff_ci_high", rows.Select(r => r.Difference.Upper).ToArray())
        .AddColumn("verdict", rows.Select(r => Verdict(r.Verdict)).ToArray());

    public static string Verdict(CostShiftVerdict v) => v switch
    {
        CostShiftVerdict.PaysMore => "pays more",
        CostShiftVerdict.Saves => "saves",
        _ => "no clear change",
    };
}
