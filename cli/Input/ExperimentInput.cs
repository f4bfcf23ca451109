using System.Globalization;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Input;

/// <summary>
/// Parses the flags experiments share beyond the scenario's own: parameter ranges (<c>--param path=min:max</c>),
/// output names (<c>--outputs</c>) and precision targets (<c>--precision metric=0.01</c> or <c>=2%</c>). Each
/// bad value is reported naming the flag, what was given and what is allowed, and exits with code 2.
/// </summary>
public static class ExperimentInput
{
    /// <summary>The outputs most reports want: the headline outcomes and the service cost.</summary>
    public static readonly IReadOnlyList<string> DefaultOutputs = Reporting.Experiments.DefaultOutputs.Sweep;

    /// <summary>
    /// "path=min:max", "path=min:max:log", enum ends by name ("mechanisms.followUp=none:all"); ranges are checked
    /// against the parameter's declared range.
    /// </summary>
    public static ParameterRange Range(Scenario scenario, string text)
    {
        const string Form = "path=min:max or path=min:max:log, e.g. labourMarket.vacancyRate=2:6 or mechanisms.followUp=none:all (paths: 'sandbox params')";
        int eq = text.IndexOf('=');
        if (eq <= 0) throw new CliInputException("--param", text, Form);
        string path = text[..eq].Trim();
        var parts = text[(eq + 1)..].Split(':', StringSplitOptions.TrimEntries);
        bool log = parts.Length == 3 && string.Equals(parts[2], "log", StringComparison.OrdinalIgnoreCase);
        if (parts.Length is not (2 or 3) || (parts.Length == 3 && !log)) throw new CliInputException("--param", text, Form);
        try
        {
            return ScenarioRanges.Resolve(scenario, path, ScenarioRanges.ValueOf(scenario, path, parts[0]), ScenarioRanges.ValueOf(scenario, path, parts[1]), log);
        }
        catch (ScenarioValidationException e)
        {
            throw CliInputException.FromScenario("--param", text, e);
        }
    }

    public static IReadOnlyList<ParameterRange> Ranges(Scenario scenario, IReadOnlyList<string> texts)
    {
        if (texts.Count == 0) throw new CliInputException("--param", "(none)", "at least one path=min:max (paths: 'sandbox params')");
        var ranges = texts.Select(t => Range(scenario, t)).ToArray();
        var twice = ranges.GroupBy(r => r.Path, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new CliInputException("--param", twice.Key, "each parameter at most once");
        return ranges;
    }

    /// <summary>A comma list of outputs (final-week metric keys, or total.* for weekly flows), or the defaults.</summary>
    public static IReadOnlyList<string> Outputs(RunOutputs outputs, string? text, IReadOnlyList<string>? fallback = null)
    {
        if (text is null) return (fallback ?? DefaultOutputs).Where(outputs.Contains).ToArray();
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) throw new CliInputException("--outputs", text, "a comma list of outputs such as " + string.Join(",", DefaultOutputs));
        foreach (var name in names)
            if (!outputs.Contains(name))
                throw new CliInputException("--outputs", name, "a metric at the final week such as " + string.Join(", ", DefaultOutputs)
                    + ", a group or agency column such as sustained26Rate[disability] or waiting[debt], or a run total such as total.cost.staff[pes]");
        return names.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>"metric=0.01" (absolute half-width) or "metric=2%" (relative to the mean).</summary>
    public static PrecisionTarget Precision(RunOutputs outputs, string text)
    {
        const string Form = "metric=halfwidth or metric=percent%, e.g. sustained26Rate=0.005 or costPerSustainedJob=2%";
        int eq = text.IndexOf('=');
        if (eq <= 0) throw new CliInputException("--precision", text, Form);
        string name = text[..eq].Trim(), value = text[(eq + 1)..].Trim();
        if (!outputs.Contains(name)) Outputs(outputs, name);
        bool relative = value.EndsWith('%');
        if (!double.TryParse(relative ? value[..^1] : value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !(v > 0) || double.IsInfinity(v)
            || (relative && v >= 100))
            throw new CliInputException("--precision", text, relative ? "a percentage above 0 and below 100" : "a half-width above 0, in the metric's unit");
        return relative ? new PrecisionTarget(name, Relative: v / 100) : new PrecisionTarget(name, Absolute: v);
    }

    public static double Double(string flag, string? text, double fallback, double min, double max)
    {
        if (text is null) return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !(v >= min && v <= max))
            throw new CliInputException(flag, text, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return v;
    }
}
