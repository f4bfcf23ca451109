using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Sandbox.Sim.Scenarios;

/// <summary>
/// Reads scenario files. A file states only what differs from the baseline: its JSON is merged onto the
/// baseline (agencies matched by kind), a "level" key first swaps in that level's mechanism bundle, and the
/// result is validated against the parameter catalog so a bad value is reported by field, value and range.
/// </summary>
public static class ScenarioLoader
{
    public static Scenario LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioValidationException("file", path, "a readable scenario file (" + e.Message + ")");
        }
        try
        {
            return Parse(text);
        }
        catch (ScenarioValidationException e)
        {
            throw e.InFile(path);
        }
    }

    /// <summary>Parses scenario JSON on top of the baseline scenario.</summary>
    public static Scenario Parse(string json) => ParseOnto(ScenarioLibrary.BaselineJson(), json);

    /// <summary>Parses <paramref name="json"/> on top of <paramref name="baseJson"/> (both complete or partial scenario JSON).</summary>
    public static Scenario ParseOnto(JsonObject baseJson, string json)
    {
        JsonObject file;
        try
        {
            file = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new ScenarioValidationException("(root)", "not an object", "a JSON object");
        }
        catch (JsonException e)
        {
            throw new ScenarioValidationException($"(line {e.LineNumber + 1})", "malformed JSON", "valid JSON: " + FirstSentence(e.Message));
        }

        var merged = (JsonObject)baseJson.DeepClone();
        if (file["level"] is JsonValue levelNode)
        {
            string levelText = levelNode.ToString();
            if (!IntegrationLevels.TryParse(levelText, out var level))
                throw new ScenarioValidationException("level", levelText, "one of " + string.Join(", ", IntegrationLevels.All.Select(l => l.Key())));
            merged["mechanisms"] = JsonSerializer.SerializeToNode(LevelPresets.Get(level), ScenarioJson.Options);
            file = (JsonObject)file.DeepClone();
            file["level"] = JsonSerializer.SerializeToNode(level, ScenarioJson.Options);
        }
        Merge(merged, file, "");
        return FromNode(merged);
    }

    /// <summary>Deserialises a complete scenario node and validates it.</summary>
    public static Scenario FromNode(JsonObject node)
    {
        Scenario scenario;
        try
        {
            scenario = node.Deserialize<Scenario>(ScenarioJson.Options)
                ?? throw new ScenarioValidationException("(root)", "null", "a scenario object");
        }
        catch (JsonException e)
        {
            throw Describe(e, node);
        }
        ScenarioValidator.Validate(scenario);
        return scenario;
    }

    private static void Merge(JsonObject target, JsonObject source, string path)
    {
        foreach (var (key, value) in source)
        {
            string childPath = path.Length == 0 ? key : path + "." + key;
            if (string.Equals(key, "agencies", StringComparison.OrdinalIgnoreCase) && value is JsonArray agencies && path.Length == 0)
            {
                MergeAgencies(target, agencies);
            }
            else if (value is JsonObject obj && JsonPaths.FindKey(target, key) is { } existingKey && target[existingKey] is JsonObject existing
                     && !string.Equals(key, "sources", StringComparison.OrdinalIgnoreCase))
            {
                Merge(existing, obj, childPath);
            }
            else if (string.Equals(key, "sources", StringComparison.OrdinalIgnoreCase) && value is JsonObject srcs && target["sources"] is JsonObject baseSources)
            {
                foreach (var (k, v) in srcs) baseSources[k] = v?.DeepClone();
            }
            else
            {
                if (JsonPaths.FindKey(target, key) is { } old && old != key) target.Remove(old);
                target[key] = value?.DeepClone();
            }
        }
    }

    /// <summary>Agencies merge by kind: a file can change one field of one agency, or add an agency.</summary>
    private static void MergeAgencies(JsonObject target, JsonArray fileAgencies)
    {
        var baseAgencies = target["agencies"] as JsonArray ?? [];
        target["agencies"] = baseAgencies;
        for (int i = 0; i < fileAgencies.Count; i++)
        {
            if (fileAgencies[i] is not JsonObject agency)
                throw new ScenarioValidationException($"agencies[{i}]", fileAgencies[i]?.ToJsonString() ?? "null", "an agency object");
            string? kind = agency["kind"]?.ToString();
            if (kind is null || !Model.AgencyKinds.TryParse(kind, out var parsed))
                throw new ScenarioValidationException($"agencies[{i}].kind", kind ?? "(missing)", "one of pes, socialServices, health, housing, training, debtAdvice");
            var match = baseAgencies.OfType<JsonObject>().FirstOrDefault(a =>
                a["kind"]?.ToString() is { } k && Model.AgencyKinds.TryParse(k, out var bk) && bk == parsed);
            if (match is null) baseAgencies.Add(agency.DeepClone());
            else Merge(match, agency, $"agencies.{parsed.ToString()}");
        }
    }

    private static readonly Regex UnmappedMember = new(@"property '(?<name>[^']+)' could not be mapped to any \.NET member contained in type '(?<type>[^']+)'", RegexOptions.Compiled);

    /// <summary>Turns a deserialisation error into one naming the field, the value and what is allowed there.</summary>
    private static ScenarioValidationException Describe(JsonException e, JsonObject node)
    {
        string field = JsonPaths.FieldOf(e);
        if (UnmappedMember.Match(e.Message) is { Success: true } unmapped)
        {
            var type = typeof(Scenario).Assembly.GetType(unmapped.Groups["type"].Value);
            string known = type is null ? "" : " (" + string.Join(", ", type.GetProperties().Select(p => ScenarioJson.CamelCase(p.Name))) + ")";
            string name = unmapped.Groups["name"].Value;
            string path = field.Length == 0 ? name : field.EndsWith(name, StringComparison.Ordinal) ? field : field + "." + name;
            return new ScenarioValidationException(path, "(unknown field)", "a known field" + known);
        }
        string value = field.Length > 0 ? JsonPaths.ValueAt(node, field) ?? "?" : "?";
        string catalogPath = AgencyField.Match(field) is { Success: true } agency && AgencyKeyAt(node, int.Parse(agency.Groups["index"].Value, CultureInfo.InvariantCulture)) is { } key
            ? $"agencies.{key}.{agency.Groups["field"].Value}"
            : field;
        var param = ParameterCatalog.For(ScenarioLibrary.BaselineScenario())
            .FirstOrDefault(p => string.Equals(p.Path, catalogPath, StringComparison.OrdinalIgnoreCase));
        string allowed = param is not null
            ? param.Expected
            : JsonValueNames.ExpectedFrom(e) ?? FirstSentence(e.Message);
        return new ScenarioValidationException(param is not null ? param.Path : field.Length > 0 ? field : "(root)", value, allowed);
    }

    private static readonly Regex AgencyField = new(@"^agencies\[(?<index>\d+)\]\.(?<field>\w+)$", RegexOptions.Compiled);

    /// <summary>The catalog key ("debt", "health", …) of the file's <paramref name="index"/>-th agency, by its kind; null when the file does not say.</summary>
    private static string? AgencyKeyAt(JsonObject root, int index) =>
        root[JsonPaths.FindKey(root, "agencies") ?? "agencies"] is JsonArray agencies && index < agencies.Count
        && agencies[index] is JsonObject agency && agency[JsonPaths.FindKey(agency, "kind") ?? "kind"] is JsonValue kind
        && kind.TryGetValue<string>(out var text) && Model.AgencyKinds.TryParse(text, out var parsed)
            ? Model.AgencyKinds.Key(parsed)
            : null;

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message;
    }
}
