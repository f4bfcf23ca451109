using System.Globalization;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Experiment dimensions checked against the parameter catalog, so a sweep or sensitivity range outside a
/// parameter's declared range is refused up front, with the same field-value-allowed wording as a bad value
/// in a scenario file. Integer and enum parameters (coverage levels, treatment order) become integer ranges.
/// </summary>
public static class ScenarioRanges
{
    public static ParameterRange Resolve(Scenario scenario, string path, double min, double max, bool logScale = false)
    {
        var p = ParameterCatalog.Find(scenario, path);
        string given = $"{ValueText(p, min)} to {ValueText(p, max)}";
        if (p.Get(scenario) is null)
            throw new ScenarioValidationException(p.Path, "(absent)", "a parameter the scenario has (an optional group such as reform must be set first)");
        if (double.IsNaN(min) || double.IsNaN(max) || min > max)
            throw new ScenarioValidationException(p.Path, given, "a range with min ≤ max");
        if (min < p.Min || max > p.Max)
            throw new ScenarioValidationException(p.Path, given, "a range within " + p.RangeText);
        bool integer = p.IsInteger || p.IsEnum;
        if (integer && (min != Math.Floor(min) || max != Math.Floor(max)))
            throw new ScenarioValidationException(p.Path, given, "whole-number ends (" + (p.IsEnum ? p.RangeText : "an integer parameter") + ")");
        if (logScale && min <= 0)
            throw new ScenarioValidationException(p.Path, given, "a minimum above zero on a log scale");
        return new ParameterRange(p.Path, min, max, integer, logScale);
    }

    /// <summary>A value as typed: a number, or for an enum parameter one of its names (<c>none</c>, <c>targetGroup</c>, <c>all</c>).</summary>
    public static double ValueOf(Scenario scenario, string path, string text)
    {
        var p = ParameterCatalog.Find(scenario, path);
        if (p.IsEnum)
        {
            int index = p.AllowedNames.ToList().FindIndex(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
            if (index >= 0) return Convert.ToDouble(Enum.GetValues(p.ValueType).GetValue(index), CultureInfo.InvariantCulture);
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) return v;
        throw new ScenarioValidationException(p.Path, text, p.IsEnum ? p.RangeText : "a number within " + p.RangeText);
    }

    /// <summary>
    /// Writes design points into scenarios and names them. Parameters are looked up once, not per point, since
    /// designs run to thousands of points.
    /// </summary>
    public sealed class PointWriter(Scenario scenario, IReadOnlyList<ParameterRange> ranges)
    {
        private readonly ParameterInfo[] _parameters = ranges.Select(r => ParameterCatalog.Find(scenario, r.Path)).ToArray();

        /// <summary>A copy of the scenario with the point's values set (each checked against its declared range).</summary>
        public Scenario At(IReadOnlyList<double> values)
        {
            var s = scenario.Clone();
            for (int i = 0; i < _parameters.Length; i++) _parameters[i].Set(s, values[i]);
            return s;
        }

        /// <summary>"mechanisms.followUp=targetGroup, agencies.debt.staff=6": a point as it reads in legends and tables.</summary>
        public string Label(IReadOnlyList<double> values) =>
            string.Join(", ", _parameters.Select((p, i) => $"{p.Path}={ValueText(p, values[i])}"));
    }

    /// <summary>A value as files spell it: enum names in camelCase, numbers in short invariant form.</summary>
    public static string ValueText(ParameterInfo p, double value) => p.IsEnum && value == Math.Floor(value)
        ? ScenarioJson.CamelCase(Enum.GetName(p.ValueType, (int)value) ?? Text(value))
        : Text(value);

    public static string Text(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
