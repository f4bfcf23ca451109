namespace Sandbox.Sim.Validation;

/// <summary>A fact file value that is missing or not allowed, naming the field, the value and what is allowed.</summary>
public sealed class FactFileException(string field, string value, string allowed, string? file = null)
    : Exception($"{(file is null ? "" : file + ": ")}{field} = {value} is not allowed; expected {allowed}")
{
    public string Field { get; } = field;
    public string Value { get; } = value;
    public string Allowed { get; } = allowed;
    public string? File { get; } = file;

    public FactFileException InFile(string file) => new(Field, Value, Allowed, file);
}
