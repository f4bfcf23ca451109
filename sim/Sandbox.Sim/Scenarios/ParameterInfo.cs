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
        : BoundsText + (Unit.Length > 0 ? $" ({Unit})" : "");

    /// <summary>"1 to 104", "0 to 2^63−1": the bounds alone, as errors and the parameter tables write them.</summary>
    public string BoundsText => $"{Bound(Min)} to {Bound(Max)}";

    // The seed's upper bound would otherwise read 9.223372036854776E+18.
    private static string Bound(double x) => x == long.MaxValue ? "2^63−1" : x.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a value must be, as error messages say it: "a whole number from 1 to 104 (weeks)", "a number from 0 to 1 (probability)", "one of none, targetGroup, all".</summary>
    public string Expected => IsEnum ? RangeText : (IsInteger ? "a whole number from " : "a number from ") + RangeText;

    /// <summary>The value as a number (enums by their ordinal), or null when the owning object is absent.</summary>
    public double? Get(Scenario scenario)
    {
        var owner = _owner(scenario);
        if (owner is null) return null;
        return Convert.ToDouble(_property.GetValue(owner), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Sets the parameter, rejecting values outside the declared range and rounding integers (and enum ordinals)
    /// to the nearest: for designs that sample a parameter's range. A value somebody gave goes through
    /// <see cref="SetExactly"/>.
    /// </summary>
    public void Set(Scenario scenario, double value)
    {
        if (double.IsNaN(value) || value < Min || value > Max)
            throw new ScenarioValidationException(Path, value.ToString(CultureInfo.InvariantCulture), Expected);
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

    /// <summary>
    /// Sets a value somebody gave (a flag, a field sent by the dashboard): like <see cref="Set"/>, but a
    /// fraction for a whole-number parameter is refused rather than rounded, as it is in a scenario file.
    /// </summary>
    public void SetExactly(Scenario scenario, double value)
    {
        if ((IsInteger || IsEnum) && value != Math.Round(value))
            throw new ScenarioValidationException(Path, value.ToString(CultureInfo.InvariantCulture), Expected);
        Set(scenario, value);
    }

    /// <summary>Sets from text: a number, or for enums a name; checked as <see cref="SetExactly"/> checks.</summary>
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
            throw new ScenarioValidationException(Path, text, Expected);
        SetExactly(scenario, v);
    }
}
