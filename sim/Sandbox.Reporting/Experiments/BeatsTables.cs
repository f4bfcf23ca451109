using Sandbox.Sim.Experiments;

namespace Sandbox.Reporting.Experiments;

/// <summary>beats.csv: P(row variant beats column variant) for each main outcome, with the plain-language note.</summary>
public static class BeatsTables
{
    public static TidyTable For(IReadOnlyList<BeatsCell> cells) => new TidyTable()
        .AddColumn("metric", cells.Select(c => c.Metric).ToArray())
        .AddColumn("week", cells.Select(c => c.Week).ToArray())
        .AddColumn("variant", cells.Select(c => c.Variant).ToArray())
        .AddColumn("other", cells.Select(c => c.Other).ToArray())
        .AddColumn("prob_beats", cells.Select(c => c.Probability).ToArray())
        .AddColumn("note", cells.Select(c => c.Note).ToArray());
}
