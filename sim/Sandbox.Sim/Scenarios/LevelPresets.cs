using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sandbox.Sim.Scenarios;

/// <summary>The mechanism bundle of each integration level, read from <c>scenarios/levels/{level}.json</c>.</summary>
public static class LevelPresets
{
    private static readonly Lazy<Dictionary<IntegrationLevel, Mechanisms>> Presets = new(() =>
        IntegrationLevels.All.ToDictionary(l => l, Read));

    /// <summary>A fresh copy of the level's mechanisms.</summary>
    public static Mechanisms Get(IntegrationLevel level) => Presets.Value[level].Clone();

    private static Mechanisms Read(IntegrationLevel level)
    {
        string file = $"levels/{level.Key()}.json";
        var root = JsonNode.Parse(ScenarioLibrary.Read(file), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }) as JsonObject
            ?? throw new ScenarioValidationException("(root)", file, "a JSON object");
        if (root["mechanisms"] is not JsonObject mechanisms)
            throw new ScenarioValidationException("mechanisms", "(missing)", "a mechanisms object", file);
        try
        {
            return mechanisms.Deserialize<Mechanisms>(ScenarioJson.Options)!;
        }
        catch (JsonException e)
        {
            throw new ScenarioValidationException("mechanisms" + (e.Path ?? "").TrimStart('$'), "invalid", e.Message, file);
        }
    }
}
