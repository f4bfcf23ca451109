using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sandbox.Sim.Scenarios;

/// <summary>
/// Where a JSON reader stopped and what stood there, for errors that name the field and repeat the value:
/// scenario files, API bodies and hub arguments all report a bad value the same way.
/// </summary>
public static class JsonPaths
{
    /// <summary>The dotted field a reader error points at ("agencies[1].treatmentWeeks"), empty for the whole document.</summary>
    public static string FieldOf(JsonException e) => (e.Path ?? "$").TrimStart('$').TrimStart('.');

    /// <summary>An object's own spelling of <paramref name="key"/>, matched ignoring case as the reader matches it.</summary>
    public static string? FindKey(JsonObject obj, string key) =>
        obj.Select(kv => kv.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The JSON text at a dotted path with array indices ("agencies[1].staff"), or null when nothing is there.</summary>
    public static string? ValueAt(JsonNode? root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            string name = part;
            int? index = null;
            int bracket = part.IndexOf('[');
            if (bracket >= 0)
            {
                name = part[..bracket];
                if (int.TryParse(part[(bracket + 1)..].TrimEnd(']'), out var ix)) index = ix;
            }
            if (name.Length > 0) node = node is JsonObject o && FindKey(o, name) is { } k ? o[k] : null;
            if (index is { } i) node = node is JsonArray a && i < a.Count ? a[i] : null;
            if (node is null) return null;
        }
        return node?.ToJsonString();
    }
}
