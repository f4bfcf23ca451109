using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Workshop;

/// <summary>
/// Reads and checks a workshop file. Every mistake is a <see cref="ScenarioValidationException"/> naming the field
/// ("polls[1].week"), the value and what is allowed, like a bad scenario file, because the people writing these
/// files are trainers, not programmers.
/// </summary>
public static class WorkshopPlanReader
{
    public const int MaxPolls = 12;
    private static readonly string[] PlanFields = ["title", "summary", "scenario", "script", "weeksPerSecond", "spotlight", "polls"];
    private static readonly string[] SpotlightFields = ["name", "client", "event", "agency", "byWeek", "female"];
    private static readonly string[] PollFields = ["id", "question", "kind", "measure", "week", "best", "min", "max", "level"];

    /// <summary>Parses <paramref name="json"/>; <paramref name="scenario"/> loads the named scenario so weeks and client numbers can be checked against it.</summary>
    public static WorkshopPlan Parse(string name, string json, Func<string, Scenario> scenario)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw Bad("(root)", "not an object", "a JSON object");
        }
        catch (JsonException e)
        {
            throw Bad($"(line {e.LineNumber + 1})", "malformed JSON", "valid JSON");
        }
        Known(root, PlanFields, "");
        string scenarioName = Text(root, "scenario", "", 120, required: true)!;
        var loaded = scenario(scenarioName);
        int weeks = loaded.Weeks;
        int entered = new Sim.Engine.ModelParameters(loaded).AgentCapacity;

        var polls = new List<PollSpec>();
        if (root["polls"] is { } pollsNode)
        {
            if (pollsNode is not JsonArray array || array.Count > MaxPolls)
                throw Bad("polls", Short(pollsNode), $"an array of at most {MaxPolls} polls");
            for (int i = 0; i < array.Count; i++) polls.Add(Poll(array[i], $"polls[{i}]", weeks));
            var duplicate = polls.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw Bad("polls.id", duplicate.Key, "an id used by one poll only");
        }
        return new WorkshopPlan(
            name,
            Text(root, "title", "", 120, required: true)!,
            Text(root, "summary", "", 600, required: false) ?? "",
            scenarioName,
            Text(root, "script", "", 120, required: false),
            Number(root, "weeksPerSecond", "", 0.25, 20, 4),
            root["spotlight"] is { } spot ? Spotlight(spot, weeks, entered) : null,
            polls);
    }

    private static SpotlightSpec Spotlight(JsonNode node, int weeks, int agents)
    {
        var o = node as JsonObject ?? throw Bad("spotlight", Short(node), "an object with a name and a client or an event");
        Known(o, SpotlightFields, "spotlight.");
        int? client = o["client"] is null ? null : (int)Number(o, "client", "spotlight.", 0, agents - 1, 0, integer: true);
        JourneyEventKind? kind = null;
        if (Text(o, "event", "spotlight.", 40, required: false) is { } eventText)
        {
            var kinds = Enum.GetValues<JourneyEventKind>();
            kind = kinds.FirstOrDefault(k => string.Equals(Camel(k.ToString()), eventText, StringComparison.OrdinalIgnoreCase));
            if (!kinds.Any(k => string.Equals(Camel(k.ToString()), eventText, StringComparison.OrdinalIgnoreCase)))
                throw Bad("spotlight.event", eventText, "one of " + string.Join(", ", kinds.Select(k => Camel(k.ToString()))));
        }
        if (client is null && kind is null) throw Bad("spotlight", "(no client and no event)", "a client number or an event to look for");
        AgencyKind? agency = null;
        if (Text(o, "agency", "spotlight.", 40, required: false) is { } agencyText)
        {
            if (!AgencyKinds.TryParse(agencyText, out var parsed)) throw Bad("spotlight.agency", agencyText, "one of pes, socialServices, health, housing, training, debtAdvice");
            agency = parsed;
        }
        bool? female = o["female"] switch
        {
            null => null,
            JsonValue v when v.TryGetValue(out bool b) => b,
            var other => throw Bad("spotlight.female", Short(other), "true or false"),
        };
        return new SpotlightSpec(Text(o, "name", "spotlight.", 40, required: true)!, client, kind, agency,
            (int)Number(o, "byWeek", "spotlight.", 1, weeks, Math.Min(52, weeks), integer: true), female);
    }

    private static PollSpec Poll(JsonNode? node, string path, int weeks)
    {
        var o = node as JsonObject ?? throw Bad(path, Short(node), "a poll object");
        Known(o, PollFields, path + ".");
        string id = Text(o, "id", path + ".", 40, required: true)!;
        if (!id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) throw Bad(path + ".id", id, "letters, digits and '-'");
        string kindText = Text(o, "kind", path + ".", 10, required: true)!;
        PollKind kind = kindText.ToLowerInvariant() switch
        {
            "level" => PollKind.Level,
            "number" => PollKind.Number,
            _ => throw Bad(path + ".kind", kindText, "level or number"),
        };
        string measureText = Text(o, "measure", path + ".", 40, required: true)!;
        if (!WorkshopMeasures.TryParse(measureText, out var measure))
            throw Bad(path + ".measure", measureText, "one of " + string.Join(", ", WorkshopMeasures.All.Select(m => m.Key())));
        string best = Text(o, "best", path + ".", 10, required: false) ?? "lowest";
        if (best is not ("lowest" or "highest")) throw Bad(path + ".best", best, "lowest or highest");
        double min = Number(o, "min", path + ".", -1e9, 1e9, 0);
        double max = Number(o, "max", path + ".", -1e9, 1e9, 100);
        if (kind == PollKind.Number && !(max > min)) throw Bad(path + ".max", max.ToString(CultureInfo.InvariantCulture), $"a number above min ({min.ToString(CultureInfo.InvariantCulture)})");
        IntegrationLevel? level = null;
        if (Text(o, "level", path + ".", 20, required: false) is { } levelText)
        {
            if (!IntegrationLevels.TryParse(levelText, out var parsed)) throw Bad(path + ".level", levelText, "one of " + string.Join(", ", IntegrationLevels.All.Select(l => l.Key())));
            level = parsed;
        }
        return new PollSpec(id, Text(o, "question", path + ".", 200, required: true)!, kind, measure,
            (int)Number(o, "week", path + ".", 1, weeks, Math.Min(52, weeks), integer: true), best == "lowest", min, max, level);
    }

    private static void Known(JsonObject o, string[] fields, string path)
    {
        foreach (var (key, _) in o)
            if (!fields.Contains(key, StringComparer.Ordinal))
                throw Bad(path + key, "(unknown field)", "a known field (" + string.Join(", ", fields) + ")");
    }

    private static string? Text(JsonObject o, string key, string path, int maxLength, bool required)
    {
        switch (o[key])
        {
            case null when required: throw Bad(path + key, "(missing)", "a text");
            case null: return null;
            case JsonValue v when v.TryGetValue(out string? s) && s.Trim().Length is > 0 && s.Length <= maxLength: return s.Trim();
            case var other: throw Bad(path + key, Short(other), $"a text of 1 to {maxLength} characters");
        }
    }

    private static double Number(JsonObject o, string key, string path, double min, double max, double fallback, bool integer = false)
    {
        if (o[key] is null) return fallback;
        string allowed = $"{(integer ? "a whole number" : "a number")} from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";
        if (o[key] is not JsonValue v || !v.TryGetValue(out double d) || !double.IsFinite(d) || d < min || d > max || (integer && d != Math.Floor(d)))
            throw Bad(path + key, Short(o[key]), allowed);
        return d;
    }

    private static string Camel(string s) => char.ToLowerInvariant(s[0]) + s[1..];

    private static string Short(JsonNode? node)
    {
        string text = node?.ToJsonString() ?? "null";
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    private static ScenarioValidationException Bad(string field, string value, string allowed) => new(field, value, allowed);
}
