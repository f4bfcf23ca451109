using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sandbox.Sim.Scenarios;

/// <summary>Levels are written as their file keys ("joint-planning"); the enum names are accepted too.</summary>
public sealed class IntegrationLevelJsonConverter : JsonConverter<IntegrationLevel>
{
    public override IntegrationLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is not null && IntegrationLevels.TryParse(text, out var level)) return level;
        throw new JsonException($"The JSON value could not be converted to {typeof(IntegrationLevel).FullName}.");
    }

    public override void Write(Utf8JsonWriter writer, IntegrationLevel value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Key());
}
