using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sandbox.Sim.Scenarios;

/// <summary>The one JSON dialect for scenario files: camelCase, enums as camelCase names, comments allowed, unknown fields rejected.</summary>
public static class ScenarioJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new IntegrationLevelJsonConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    public static string Serialize(Scenario scenario) => JsonSerializer.Serialize(scenario, Options);
}
