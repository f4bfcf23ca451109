using System.Globalization;
using Sandbox.Dashboard.Api;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>
/// Checks of the inputs the researchers' kinds share, against the same catalog ranges the CLI uses
/// (<see cref="ScenarioRanges"/>), each refusal naming its field, the value and what is allowed.
/// </summary>
internal static class ResearchInputs
{
    public const int MaxParameters = 12;

    public static IReadOnlyList<ParameterRange> Ranges(Scenario scenario, IReadOnlyList<RangeRequest>? requested)
    {
        if (requested is not { Count: > 0 }) throw Invalid("ranges", "(none)", "at least one parameter with a min and a max");
        if (requested.Count > MaxParameters) throw Invalid("ranges", Text(requested.Count), $"1 to {MaxParameters} parameters");
        var ranges = requested.Select(r => ScenarioRanges.Resolve(scenario, r.Path,
            ScenarioRanges.ValueOf(scenario, r.Path, r.Min.Trim()), ScenarioRanges.ValueOf(scenario, r.Path, r.Max.Trim()), r.Log)).ToArray();
        var twice = ranges.GroupBy(r => r.Path, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw Invalid("ranges", twice.Key, "each parameter at most once");
        return ranges;
    }

    /// <summary>The requested outputs, or the kind's defaults that this scenario records.</summary>
    public static IReadOnlyList<string> Outputs(Scenario scenario, IReadOnlyList<string>? requested, IReadOnlyList<string> defaults)
    {
        var outputs = RunOutputs.For(scenario);
        if (requested is not { Count: > 0 }) return defaults.Where(outputs.Contains).ToArray();
        foreach (var name in requested)
            if (!outputs.Contains(name))
                throw Invalid("outputs", name, "a metric at the final week such as " + string.Join(", ", OutcomePhrases.All.Select(p => p.Metric))
                    + ", a group or agency column such as sustained26Rate[disability], or a run total such as total.cost.staff[pes]");
        return requested.Distinct(StringComparer.Ordinal).ToArray();
    }

    public static int Int(string field, int value, int min, int max) =>
        value >= min && value <= max ? value : throw Invalid(field, Text(value), $"{Text(min)} to {Text(max)}");

    public static IntegrationLevel Level(string field, string key) =>
        IntegrationLevels.TryParse(key, out var level) ? level
            : throw Invalid(field, key, string.Join(", ", IntegrationLevels.All.Select(l => l.Key())));

    public static IReadOnlyList<IntegrationLevel> Levels(IReadOnlyList<string>? keys) =>
        keys is { Count: > 0 } ? keys.Select(k => Level("levels", k)).Distinct().ToArray() : IntegrationLevels.All;

    public static ApiErrorException Invalid(string field, string value, string allowed) => new(ApiError.Invalid(field, value, allowed));

    public static string Text(double v) => v.ToString(CultureInfo.InvariantCulture);
}
