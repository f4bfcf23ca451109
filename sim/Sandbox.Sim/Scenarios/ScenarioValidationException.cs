namespace Sandbox.Sim.Scenarios;

/// <summary>A scenario value that is missing, malformed or out of range, naming the field, the value and what is allowed.</summary>
public sealed class ScenarioValidationException(string field, string value, string allowed, string? file = null)
    : Exception($"{(file is null ? "" : file + ": ")}{field} = {value} is not allowed; expected {allowed}")
{
    public string Field { get; } = field;
    public string Value { get; } = value;
    public string Allowed { get; } = allowed;
    public string? File { get; } = file;

    public ScenarioValidationException InFile(string file) => new(Field, Value, Allowed, file);
}
