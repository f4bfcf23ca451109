using System.Reflection;

namespace Sandbox.Sim.Scenarios;

/// <summary>
/// Every scenario parameter with its path, range, unit and source, read once from the <see cref="ParamAttribute"/>
/// declarations. Agency parameters are listed per agency of the given scenario (<c>agencies.{kind}.{field}</c>).
/// </summary>
public static class ParameterCatalog
{
    /// <summary>The parameters of <paramref name="scenario"/>, in declaration order.</summary>
    public static IReadOnlyList<ParameterInfo> For(Scenario scenario)
    {
        var list = new List<ParameterInfo>();
        Walk(typeof(Scenario), "", s => s, list, scenario);
        return list;
    }

    /// <summary>Finds one parameter by path (case-insensitive), or throws naming the unknown path.</summary>
    public static ParameterInfo Find(Scenario scenario, string path)
    {
        var all = For(scenario);
        return all.FirstOrDefault(p => string.Equals(p.Path, path, StringComparison.OrdinalIgnoreCase))
            ?? throw new ScenarioValidationException(path, "(unknown parameter)", "a parameter listed by 'sandbox params'");
    }

    private static void Walk(Type type, string prefix, Func<Scenario, object?> owner, List<ParameterInfo> into, Scenario scenario)
    {
        foreach (var prop in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            string path = prefix + ScenarioJson.CamelCase(prop.Name);
            if (prop.GetCustomAttribute<ParamAttribute>() is { } attr)
            {
                into.Add(new ParameterInfo(path, prop, attr, owner));
            }
            else if (prop.GetCustomAttribute<ParamGroupAttribute>() is not null)
            {
                if (prop.PropertyType == typeof(List<AgencySpec>))
                {
                    var agencies = scenario.Agencies;
                    for (int i = 0; i < agencies.Count; i++)
                    {
                        int index = i;
                        Walk(typeof(AgencySpec), $"{path}.{Model.AgencyKinds.Key(agencies[i].Kind)}.",
                            s => index < s.Agencies.Count ? s.Agencies[index] : null, into, scenario);
                    }
                }
                else
                {
                    var parentOwner = owner;
                    Walk(prop.PropertyType, path + ".", s => parentOwner(s) is { } o ? prop.GetValue(o) : null, into, scenario);
                }
            }
        }
    }
}
