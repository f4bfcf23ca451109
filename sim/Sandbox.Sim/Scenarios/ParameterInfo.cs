using System.Globalization;
using System.Reflection;

namespace Sandbox.Sim.Scenarios;

/// <summary>
/// One settable scenario parameter, addressed by a dotted camelCase path such as <c>mechanisms.followUp</c>,
/// <c>population.prevalence.debt</c> or <c>agencies.debt.staff</c>.
/// </summary>
public sealed class ParameterInfo
{
    private readonly Func<Scenario, object?> _owner;
    private readonly PropertyInfo _property;

    internal ParameterInfo(string path, PropertyInfo property, ParamAttribute attribute, Func<Scenario, object?> owner)
    {
        Path = path;
        _property = property;
        _owner = owner;
        Attribute = attribute;
    }

    public string Path { get; }
    public ParamAttribute Attribute { get; }
    public double Min => Attribute.Min;
    public double Max => Attribute.Max;
    public string Unit => Attribute.Unit;
    public string Source => Attribute.Source;
    public string Help => Attribute.Help;
    public Type ValueType => _property.PropertyType;
    public bool IsInteger => ValueType == typeof(int) || ValueType == typeof(long);
    public bool IsEnum => ValueType.IsEnum;

    /// <summary>Names allowed for an enum parameter, in camelCase as scenario files spell them.</summary>
    public IReadOnlyList<string> AllowedNames =>
        IsEnum ? Enum.GetNames(ValueType).Select(ScenarioJson.CamelCase).ToArray() : [];

    public string RangeText => IsEnum
        ? "one of " + string.Join(", ", AllowedNames)
        : $"{Min.ToString(CultureInfo.InvariantCulture)} to {Max.ToString(CultureInfo.InvariantCulture)}" + (Unit.Length > 0 ? $" ({Unit})" : "");

    /// <summary>The value as a number (enums by their ordinal), or null when the owning object is absent.</summary>
    public double? Get(Scenario scenario)
    {
        var owner = _owner(scenario);
        if (owner is null) return null;
        return Convert.ToDouble(_property.GetValue(owner), CultureInfo.InvariantCulture);
    }

    /// <summary>Sets the parameter, rounding integers and rejecting values outside the declared range.</summary>
    public void Set(Scenario scenario, double value)
    {
        if (double.IsNaN(value) || value < Min || value > Max)
            throw new ScenarioValidationException(Path, value.ToString(CultureInfo.InvariantCulture), RangeText);
        var owner = _owner(scenario) ?? throw new ScenarioValidationException(Path, "(missing)", "an existing object");
        object boxed = ValueType switch
        {
            var t when t == typeof(int) => (int)Math.Round(value),
            var t when t == typeof(long) => (long)Math.Round(value),
            var t when t.IsEnum => Enum.ToObject(t, (int)Math.Round(value)),
            _ => value,
        };
        _property.SetValue(owner, boxed);
    }

    /// <summary>Sets from text: a number, or for enums a name.</summary>
    public void SetText(Scenario scenario, string text)
    {
        if (IsEnum)
        {
            var match = Enum.GetNames(ValueType).FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                Set(scenario, Convert.ToDouble(Enum.Parse(ValueType, match), CultureInfo.InvariantCulture));
                return;
            }
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            throw new ScenarioValidationException(Path, text, RangeText);
        Set(scenario, v);
    }
}
