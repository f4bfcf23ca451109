using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sandbox.Sim.Scenarios;

/// <summary>
/// The scenario files shipped in <c>scenarios/</c> (embedded at build time, so every host has them): the
/// baseline labour market, the four level presets and the case studies. Files are the single home of preset
/// values and their citations.
/// </summary>
public static class ScenarioLibrary
{
    private static readonly Assembly Self = typeof(ScenarioLibrary).Assembly;
    private const string Prefix = "scenarios/";

    private static readonly Lazy<JsonObject> Baseline = new(() =>
    {
        var defaults = (JsonObject)JsonSerializer.SerializeToNode(new Scenario(), ScenarioJson.Options)!;
        var scenario = ScenarioLoader.ParseOnto(defaults, Read("baseline.json"));
        return (JsonObject)JsonSerializer.SerializeToNode(scenario, ScenarioJson.Options)!;
    });

    /// <summary>The baseline scenario as JSON (every field present), the base every other file is merged onto.</summary>
    public static JsonObject BaselineJson() => (JsonObject)Baseline.Value.DeepClone();

    /// <summary>A fresh copy of the baseline scenario.</summary>
    public static Scenario BaselineScenario() => ScenarioLoader.FromNode(BaselineJson());

    /// <summary>Names of the embedded scenario files, e.g. "baseline.json", "levels/full-integration.json", "cases/france-joint-diagnosis.json".</summary>
    public static IReadOnlyList<string> Names() =>
        Self.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The text of an embedded scenario file.</summary>
    public static string Read(string name)
    {
        using var stream = Self.GetManifestResourceStream(Prefix + name)
            ?? throw new ScenarioValidationException("scenario", name, "one of " + string.Join(", ", Names()));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Loads an embedded scenario by name (with or without ".json"), or a file path if one exists.</summary>
    public static Scenario Load(string nameOrPath)
    {
        if (File.Exists(nameOrPath)) return ScenarioLoader.LoadFile(nameOrPath);
        string name = nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? nameOrPath : nameOrPath + ".json";
        if (!Names().Contains(name))
        {
            var byTail = Names().Where(n => n.EndsWith("/" + name, StringComparison.Ordinal)).ToArray();
            if (byTail.Length == 1) name = byTail[0];
        }
        try
        {
            return ScenarioLoader.Parse(Read(name));
        }
        catch (ScenarioValidationException e) when (e.File is null)
        {
            throw e.InFile(name);
        }
    }
}
