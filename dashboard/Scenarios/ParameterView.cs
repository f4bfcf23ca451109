using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Scenarios;

/// <summary>
/// One parameter as the editor shows it: its value, range, unit, help text and the source of its default, so a
/// policymaker sees where every number comes from without opening a manual.
/// </summary>
public sealed record ParameterView(
    string Path,
    string Group,
    string Label,
    double? Value,
    double Min,
    double Max,
    double Step,
    string Unit,
    string Source,
    string Help,
    string Kind,
    IReadOnlyList<string> Choices)
{
    /// <summary>The scenario's parameters; optional groups the scenario does not use (no value, e.g. a reform path) are left out.</summary>
    public static IReadOnlyList<ParameterView> For(Scenario scenario) =>
        ParameterCatalog.For(scenario).Where(p => p.Get(scenario) is not null).Select(p => Of(scenario, p)).ToArray();

    private static ParameterView Of(Scenario scenario, ParameterInfo p)
    {
        string kind = p.IsEnum ? "choice" : p.IsInteger ? "integer" : "number";
        return new ParameterView(p.Path, GroupOf(p.Path), ParameterLabels.Label(p.Path), p.Get(scenario),
            p.Min, p.Max, StepOf(p), p.Unit, SourceOf(scenario, p), p.Help, kind, p.AllowedNames);
    }

    /// <summary>A scenario file's own citation wins over the catalog's default source (matching "agencies.*.staff" too).</summary>
    private static string SourceOf(Scenario scenario, ParameterInfo p)
    {
        if (scenario.Sources.TryGetValue(p.Path, out var own)) return own;
        string tail = p.Path[(p.Path.LastIndexOf('.') + 1)..];
        foreach (var (key, value) in scenario.Sources)
        {
            if (key.EndsWith("." + tail, StringComparison.OrdinalIgnoreCase) && key.Contains(".*.", StringComparison.Ordinal)
                && p.Path.StartsWith(key[..key.IndexOf(".*.", StringComparison.Ordinal)] + ".", StringComparison.OrdinalIgnoreCase))
                return value;
            if (p.Path.StartsWith("mechanisms.", StringComparison.Ordinal) && string.Equals(key, tail, StringComparison.OrdinalIgnoreCase))
                return value;
        }
        return p.Source;
    }

    private static string GroupOf(string path)
    {
        int dot = path.IndexOf('.');
        if (dot < 0) return "run";
        string head = path[..dot];
        return head == "agencies" ? path[..path.IndexOf('.', dot + 1)] : head;
    }

    /// <summary>A slider step of about a hundredth of the range, rounded to a readable power of ten.</summary>
    private static double StepOf(ParameterInfo p)
    {
        if (p.IsInteger || p.IsEnum) return 1;
        double range = Math.Min(p.Max - p.Min, 1e7);
        return range <= 0 ? 1 : Math.Pow(10, Math.Floor(Math.Log10(range / 100)));
    }
}
