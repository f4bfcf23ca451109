using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Input;

/// <summary>
/// Turns SCENARIO plus flags into a validated scenario: an embedded name or a file, then <c>--set path=value</c>
/// in the order given, then <c>--seed</c> and <c>--weeks</c>. Every value goes through the parameter catalog, so
/// a flag is checked against the same declared range as the same field in a file.
/// </summary>
public static class ScenarioInput
{
    public static Scenario Load(string nameOrPath) => ScenarioLibrary.Load(nameOrPath);

    public static void Apply(Scenario scenario, ScenarioOverrides overrides)
    {
        foreach (var text in overrides.Sets)
        {
            int eq = text.IndexOf('=');
            if (eq <= 0) throw new CliInputException("--set", text, "path=value, e.g. population.initialStock=300 (paths: 'sandbox params')");
            Set(scenario, "--set", text, text[..eq].Trim(), text[(eq + 1)..].Trim());
        }
        if (overrides.Seed is { } seed) Set(scenario, "--seed", seed, "seed", seed);
        if (overrides.Weeks is { } weeks) Set(scenario, "--weeks", weeks, "weeks", weeks);
        ScenarioValidator.Validate(scenario);
    }

    private static void Set(Scenario scenario, string flag, string given, string path, string value)
    {
        try
        {
            ParameterCatalog.Find(scenario, path).SetText(scenario, value);
        }
        catch (ScenarioValidationException e)
        {
            throw CliInputException.FromScenario(flag, given, e);
        }
    }
}
