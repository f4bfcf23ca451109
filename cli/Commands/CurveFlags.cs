using System.CommandLine;
using Sandbox.Cli.Input;
using Sandbox.Sim.Experiments;

namespace Sandbox.Cli.Commands;

/// <summary>
/// The flags of commands whose result is curves over time compared with a baseline (reform, fork), spelled and
/// checked as compare spells them.
/// </summary>
internal sealed class CurveFlags
{
    public Option<string?> Headline { get; } = new("--headline") { Description = "Headline metric (default sustained26Rate; also employmentRate, longTermShare, cumulativeCracks, costPerSustainedJob)" };
    public Option<string?> Week { get; } = new("--headline-week") { Description = "Week of the headline (default: the final week)" };
    public Option<string?> Every { get; } = new("--every") { Description = "Write every Nth week to summary and differences (always the final week); default 1, all weeks" };

    public void AddTo(Command command)
    {
        command.Options.Add(Headline);
        command.Options.Add(Week);
        command.Options.Add(Every);
    }

    public string Metric(ParseResult parse, Variant baseline)
    {
        string? text = parse.GetValue(Headline);
        if (text is null) return Headlines.DefaultMetric;
        var layout = PlanRunner.LayoutOf(baseline.Scenario);
        if (layout.Contains(text)) return text;
        throw new CliInputException("--headline", text, "a system-wide metric such as " + string.Join(", ", OutcomePhrases.All.Select(p => p.Metric)));
    }

    public int? HeadlineWeek(ParseResult parse, int weeks) => parse.GetValue(Week) is { } w ? Flags.Int("--headline-week", w, 0, 1, weeks) : null;

    public IReadOnlyList<int> TableWeeks(ParseResult parse, int weeks) =>
        CompareAggregation.EveryNthWeek(weeks, Flags.Int("--every", parse.GetValue(Every), 1, 1, weeks));
}
