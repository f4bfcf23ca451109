using System.Collections.Concurrent;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Scenarios;

/// <summary>
/// Scenarios a user saved in this dashboard process, by name, so a compare can put "any saved scenarios" side by
/// side. Files are the durable form: the editor downloads and uploads scenario files; the shelf is a convenience.
/// </summary>
public sealed class ScenarioShelf
{
    public const int Capacity = 50;
    private readonly ConcurrentDictionary<string, string> _json = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Names => _json.Keys.Order(StringComparer.OrdinalIgnoreCase).ToArray();

    public bool TryGet(string name, out string json) => _json.TryGetValue(name, out json!);

    public void Save(Scenario scenario)
    {
        if (!_json.ContainsKey(scenario.Name) && _json.Count >= Capacity)
            throw new ScenarioValidationException("name", scenario.Name, $"one of the {Capacity} saved names (delete one first)");
        _json[scenario.Name] = ScenarioJson.Serialize(scenario);
    }

    public bool Remove(string name) => _json.TryRemove(name, out _);
}
