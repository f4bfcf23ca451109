using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sandbox.Sim.Scenarios;

/// <summary>
/// What a JSON value should have been, in the words of somebody editing a scenario file or sending a request,
/// read from the .NET type that System.Text.Json names when it cannot convert a value.
/// </summary>
public static partial class JsonValueNames
{
    [GeneratedRegex(@"could not be converted to (?<type>[\w.`\[\], +]+?)\. Path")]
    private static partial Regex ConvertTo();

    /// <summary>"a whole number", "one of none, targetGroup or all", …; null when the error names no type.</summary>
    public static string? ExpectedFrom(JsonException e) =>
        ConvertTo().Match(e.Message) is { Success: true } m ? Expected(m.Groups["type"].Value) : null;

    /// <summary>The expected value for a .NET type name such as <c>System.Int32</c> or <c>Sandbox.Sim.Scenarios.Coverage</c>.</summary>
    public static string Expected(string typeName)
    {
        string t = typeName.Split('`')[0];
        return t[(t.LastIndexOfAny(['.', '+']) + 1)..] switch
        {
            "Coverage" => "one of none, targetGroup or all",
            "TreatmentOrder" => "one of adHoc, sequenced or parallel",
            "AgencyKind" => "one of pes, socialServices, health, housing, training or debtAdvice",
            "IntegrationLevel" => "one of co-location, mainstreamed, joint-planning or full-integration",
            "Int32" or "Int64" => "a whole number",
            "Double" or "Single" => "a number",
            "Boolean" => "true or false",
            "String" => "text in quotes",
            "List" or "IReadOnlyList" or "IList" => "a list in square brackets",
            "Dictionary" or "IReadOnlyDictionary" or "IDictionary" => "an object of names and values",
            var other => "a value of type " + other,
        };
    }
}
