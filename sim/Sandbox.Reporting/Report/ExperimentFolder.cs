using System.Text.Json;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Reporting.Report;

/// <summary>
/// An experiment's output folder as a report reads it: the manifest, the resolved scenario, and the files the
/// manifest lists that are present. Anything else in the folder (OUT/runs, earlier reports) is ignored.
/// </summary>
public sealed class ExperimentFolder
{
    private ExperimentFolder(string directory, ExperimentManifest manifest, Scenario? scenario, string scenarioJson)
    {
        Directory = directory;
        Manifest = manifest;
        Scenario = scenario;
        ScenarioJson = scenarioJson;
    }

    public string Directory { get; }
    public ExperimentManifest Manifest { get; }

    /// <summary>The resolved scenario, or null when scenario.json is missing or no longer loads (an older version).</summary>
    public Scenario? Scenario { get; }

    public string ScenarioJson { get; }
    public string ManifestJson => Manifest.ToJson();

    public IEnumerable<ManifestFile> Present(ManifestRole role) => Manifest.Files.Where(f => f.Role == role && Exists(f));

    public string PathOf(string name) => Path.Combine(Directory, name);

    public static ExperimentFolder Open(string path)
    {
        const string Allowed = "an experiment folder written by sweep, sensitivity, decompose, reform, fork or compare (it holds experiment.json)";
        string directory = Path.GetFullPath(path);
        string manifestPath = Path.Combine(directory, ExperimentManifest.FileName);
        if (!File.Exists(manifestPath)) throw new ExperimentFolderException(path, Allowed);
        ExperimentManifest manifest;
        try
        {
            manifest = ExperimentManifest.Parse(File.ReadAllText(manifestPath));
        }
        catch (JsonException e)
        {
            throw new ExperimentFolderException(path, $"{Allowed}; its experiment.json does not read ({e.Message})");
        }
        string scenarioPath = Path.Combine(directory, manifest.ScenarioFile);
        string json = File.Exists(scenarioPath) ? File.ReadAllText(scenarioPath) : "";
        Scenario? scenario = null;
        try
        {
            if (json.Length > 0) scenario = ScenarioLoader.LoadFile(scenarioPath);
        }
        catch (ScenarioValidationException)
        {
            scenario = null;
        }
        return new ExperimentFolder(directory, manifest, scenario, json);
    }

    private bool Exists(ManifestFile f) => f.Role == ManifestRole.Chart
        ? File.Exists(PathOf(f.Name + ".svg")) || File.Exists(PathOf(f.Name + ".png"))
        : File.Exists(PathOf(f.Name));
}
