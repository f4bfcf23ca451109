using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Sandbox.Dashboard.Api;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Hubs;

/// <summary>
/// Reads hub arguments, which the hubs take as raw JSON. SignalR's own binding answers an argument of the wrong
/// JSON type only with "failed to invoke", before any hub filter runs; read here, it is refused like any other bad
/// value, naming the field ("weeksPerSecond"), what was sent and what belongs there ("a number").
/// </summary>
public sealed class HubArguments(IOptions<JsonHubProtocolOptions> protocol)
{
    private readonly JsonSerializerOptions _json = protocol.Value.PayloadSerializerOptions;

    /// <summary>An object argument, or null when none was sent (the hub method says what is missing).</summary>
    public T? Read<T>(JsonElement value, string name) where T : class
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return null;
        if (value.ValueKind != JsonValueKind.Object) throw Refused(name, value.GetRawText(), "an object");
        try
        {
            return value.Deserialize<T>(_json);
        }
        catch (JsonException e)
        {
            string path = JsonPaths.FieldOf(e);
            throw path.Length == 0
                ? Refused(name, value.GetRawText(), "an object")
                : Refused(path, JsonPaths.ValueAt(JsonNode.Parse(value.GetRawText()), path), ExpectedAt(typeof(T), path) ?? JsonValueNames.ExpectedFrom(e) ?? "valid JSON");
        }
    }

    /// <summary>A text argument (an id, a key), or null when none was sent.</summary>
    public static string? Text(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => throw Refused(name, value.GetRawText(), "text in quotes"),
    };

    private static ApiErrorException Refused(string field, string? value, string allowed)
    {
        string text = value ?? "(unreadable)";
        return new(ApiError.Invalid(field, text.Length > 64 ? text[..64] + "…" : text, allowed));
    }

    /// <summary>
    /// What belongs at a dotted path of <paramref name="type"/>'s properties. The reader's error names the record
    /// whose constructor failed, not the property, so the property's own type is looked up.
    /// </summary>
    private static string? ExpectedAt(Type type, string path)
    {
        foreach (var name in path.Split('.'))
        {
            var property = type.GetProperty(name, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
            if (property is null) return null;
            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }
        return JsonValueNames.Expected(type.Name);
    }
}
