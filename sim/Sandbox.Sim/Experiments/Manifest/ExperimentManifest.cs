using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// experiment.json: what an experiment folder holds and how it was made: the kind of experiment, the scenario
/// (its resolved copy sits beside it as scenario.json), every seed, the options as given, the app version and
/// command, the method in words, headline sentences, and the files with their roles. A report is built from
/// this file and the folder alone, and the fingerprint ties stored runs to the experiment that made them.
/// </summary>
public sealed record ExperimentManifest
{
    public const string FileName = "experiment.json";

    /// <summary>sweep, sensitivity, decompose, reform, fork or compare.</summary>
    public required string Kind { get; init; }

    public required string Title { get; init; }
    public required string Scenario { get; init; }
    public string ScenarioFile { get; init; } = "scenario.json";
    public required long BaseSeed { get; init; }
    public required IReadOnlyList<long> Seeds { get; init; }

    /// <summary>Options as the user gave them (flag → value), sorted, for the reproduction note.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    public required string Version { get; init; }
    public required string Command { get; init; }
    public required string Method { get; init; }

    /// <summary>Plain-language findings, each with its confidence note where one applies.</summary>
    public IReadOnlyList<string> Headlines { get; init; } = [];

    public IReadOnlyList<ManifestFile> Files { get; init; } = [];

    /// <summary>Hash of what the runs compute (<see cref="ExperimentPlan.Fingerprint"/>); stored runs are reused only under the same one.</summary>
    public string Fingerprint { get; init; } = "";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    public static ExperimentManifest Parse(string json) =>
        JsonSerializer.Deserialize<ExperimentManifest>(json, Json) ?? throw new JsonException("experiment.json is empty");
}
