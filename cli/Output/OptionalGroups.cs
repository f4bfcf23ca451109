using System.Reflection;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Output;

/// <summary>
/// A copy of a scenario with every optional parameter group (such as <c>reform</c>) present at its declared
/// defaults, so generated documents can state the defaults a group takes once a file sets it, rather than blanks.
/// </summary>
public static class OptionalGroups
{
    public static Scenario Filled(Scenario scenario)
    {
        var copy = scenario.Clone();
        Fill(copy);
        return copy;
    }

    /// <summary>Top-level parameter groups that the scenario leaves unset (null).</summary>
    public static IReadOnlyList<string> Unset(Scenario scenario) =>
        typeof(Scenario).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<ParamGroupAttribute>() is not null && p.GetValue(scenario) is null)
            .Select(p => ScenarioJson.CamelCase(p.Name)).ToArray();

    private static void Fill(object owner)
    {
        foreach (var prop in owner.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (prop.GetCustomAttribute<ParamGroupAttribute>() is null || !prop.CanWrite || prop.PropertyType.IsGenericType) continue;
            var value = prop.GetValue(owner);
            if (value is null)
            {
                value = Activator.CreateInstance(prop.PropertyType)!;
                prop.SetValue(owner, value);
            }
            Fill(value);
        }
    }
}
