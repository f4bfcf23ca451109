using System.Globalization;
using System.Text.Json;
using Sandbox.Dashboard.Api;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Scenarios;

/// <summary>
/// Turns a <see cref="ScenarioRequest"/> into a validated scenario. Names are looked up only among the embedded
/// library and the shelf (never as file paths: the request comes from a browser), values go through the
/// parameter catalog, so every error names the field, the value and the allowed range.
/// </summary>
public sealed class ScenarioResolver(ScenarioShelf shelf)
{
    public const int MaxJsonChars = 60_000;
    public const int MaxOverrides = 400;

    public Scenario Resolve(ScenarioRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scenario = Load(request);
        if (request.Level is { Length: > 0 } levelText)
        {
            if (!IntegrationLevels.TryParse(levelText, out var level))
                throw new ScenarioValidationException("level", levelText, "one of " + string.Join(", ", IntegrationLevels.All.Select(l => l.Key())));
            scenario = scenario.WithLevel(level);
        }
        if (request.Overrides is { } overrides)
        {
            if (overrides.Count > MaxOverrides)
                throw new ScenarioValidationException("overrides", overrides.Count.ToString(CultureInfo.InvariantCulture), $"at most {MaxOverrides} edited parameters");
            foreach (var (path, value) in overrides)
                Apply(scenario, path, value);
        }
        ScenarioValidator.Validate(scenario);
        return scenario;
    }

    /// <summary>Library names the editor offers: the baseline, the four levels and the case studies.</summary>
    public static IReadOnlyList<string> LibraryNames() =>
        ScenarioLibrary.Names().Where(n => !n.StartsWith("levels/", StringComparison.Ordinal)).Select(n => n[..^".json".Length]).ToArray();

    private Scenario Load(ScenarioRequest request)
    {
        if (request.Json is { } json)
        {
            if (json.Length > MaxJsonChars)
                throw new ScenarioValidationException("json", $"{json.Length} characters", $"a scenario file of at most {MaxJsonChars} characters");
            return ScenarioLoader.Parse(json);
        }
        string name = string.IsNullOrWhiteSpace(request.Base) ? "baseline" : request.Base.Trim();
        if (LibraryNames().Contains(name, StringComparer.OrdinalIgnoreCase))
            return ScenarioLibrary.Load(LibraryNames().First(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)));
        if (shelf.TryGet(name, out var saved)) return ScenarioLoader.Parse(saved);
        throw new ApiErrorException(ApiError.Invalid("base", name, "a library scenario (" + string.Join(", ", LibraryNames()) + ") or a saved one"));
    }

    private static void Apply(Scenario scenario, string path, JsonElement value)
    {
        if (path.Equals("name", StringComparison.OrdinalIgnoreCase) || path.Equals("description", StringComparison.OrdinalIgnoreCase))
        {
            string text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ToString();
            if (text.Length > 200) throw new ScenarioValidationException(path, text[..20] + "…", "at most 200 characters");
            if (path.Equals("name", StringComparison.OrdinalIgnoreCase)) scenario.Name = text; else scenario.Description = text;
            return;
        }
        var parameter = ParameterCatalog.Find(scenario, path);
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                parameter.SetExactly(scenario, value.GetDouble());
                break;
            case JsonValueKind.String:
                parameter.SetText(scenario, value.GetString()!);
                break;
            default:
                throw new ScenarioValidationException(parameter.Path, value.ToString(), parameter.Expected);
        }
    }
}
