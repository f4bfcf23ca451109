using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Input;

/// <summary>
/// A flag value the CLI cannot use, worded like <see cref="ScenarioValidationException"/>: the flag, what was
/// given and what is allowed. The CLI prints the message as one line and exits with code 2.
/// </summary>
public sealed class CliInputException : Exception
{
    public CliInputException(string flag, string value, string allowed)
        : base($"{flag} = {value} is not allowed; expected {allowed}")
    {
        Flag = flag;
    }

    private CliInputException(string flag, string given, ScenarioValidationException inner)
        : base($"{flag} {given}: {inner.Message}", inner)
    {
        Flag = flag;
    }

    public string Flag { get; }

    /// <summary>A scenario field rejected while applying a flag: names the flag as typed, then the field, value and range.</summary>
    public static CliInputException FromScenario(string flag, string given, ScenarioValidationException inner) => new(flag, given, inner);
}
