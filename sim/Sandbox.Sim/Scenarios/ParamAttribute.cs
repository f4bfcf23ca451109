namespace Sandbox.Sim.Scenarios;

/// <summary>
/// Declares a scenario parameter's allowed range, unit and the source its default comes from. The parameter
/// catalog, the scenario validator, the dashboard editor and sweeps all read this one declaration, so a range
/// or citation is never written twice.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ParamAttribute(double min, double max) : Attribute
{
    public double Min { get; } = min;
    public double Max { get; } = max;
    public string Unit { get; init; } = "";
    /// <summary>Where the default value comes from (a source in shared/sources, a study, or "assumption: …").</summary>
    public required string Source { get; init; }
    public string Help { get; init; } = "";
}

/// <summary>Marks a nested object or list of objects whose own properties are parameters.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ParamGroupAttribute : Attribute;
