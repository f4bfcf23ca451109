namespace Sandbox.Reporting.Report;

/// <summary>
/// A path that is not a readable experiment folder. Hosts turn it into their own error shape (the CLI's
/// exit code 2 naming EXPERIMENT, the dashboard's field/value/allowed body), so it carries the same parts.
/// </summary>
public sealed class ExperimentFolderException(string value, string allowed)
    : Exception($"'{value}' is not allowed; expected {allowed}")
{
    public string Value { get; } = value;
    public string Allowed { get; } = allowed;
}
