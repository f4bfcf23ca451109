using System.Text.Json;

namespace Sandbox.Dashboard.Scenarios;

/// <summary>
/// How a page names the scenario it wants: a library file (<see cref="Base"/>), a saved one, or a whole scenario
/// as JSON (an uploaded file), then optionally another level's mechanisms and edited parameters by catalog path.
/// The same request starts a live run, a compare arm or an experiment, so what the editor shows is what runs.
/// </summary>
public sealed record ScenarioRequest
{
    /// <summary>A library name ("baseline", "levels/full-integration", "cases/france-joint-diagnosis") or a saved scenario's name.</summary>
    public string? Base { get; init; }

    /// <summary>A complete or partial scenario file's text, merged onto the baseline like a file on disk.</summary>
    public string? Json { get; init; }

    /// <summary>A level key ("joint-planning") whose mechanism bundle replaces the scenario's.</summary>
    public string? Level { get; init; }

    /// <summary>Parameter values by catalog path: numbers, or names for choices ("followUp": "all").</summary>
    public Dictionary<string, JsonElement>? Overrides { get; init; }
}
