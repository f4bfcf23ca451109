using Sandbox.Sim.Scenarios;
using Sandbox.Sim.Validation.Measures;

namespace Sandbox.Sim.Validation;

/// <summary>
/// A fact file made runnable: the scenario of each arm (after any overrides, the level, the contrast and the
/// quick scaling), the replication count, and one compiled measure per check.
/// </summary>
public sealed class FactExperiment
{
    public FactExperiment(FactFile fact, ValidationOptions options)
    {
        Fact = fact;
        var scenario = FactValidator.LoadScenario(fact.Scenario);
        if (fact.Level is { } level) scenario = scenario.WithLevel(FactValidator.ParseLevel(level, "level"));
        foreach (var (path, value) in options.Overrides) ParameterCatalog.Find(scenario, path).SetExactly(scenario, value);
        int? weeks = options.Quick ? fact.Quick.Weeks ?? fact.Weeks : fact.Weeks;
        if (weeks is { } w) scenario.Weeks = w;

        var arms = new Dictionary<string, Scenario> { [Arm.Base] = scenario };
        if (fact.Contrast is { } contrast)
        {
            var other = contrast.Level is { } cl ? scenario.WithLevel(FactValidator.ParseLevel(cl, "contrast.level")) : scenario.Clone();
            foreach (var (path, value) in contrast.Set) ParameterCatalog.Find(other, path).SetText(other, value);
            arms[Arm.Contrast] = other;
        }
        double scale = options.Quick ? fact.Quick.Scale : 1.0;
        Arms = arms.ToDictionary(kv => kv.Key, kv => ScenarioScaling.Scale(kv.Value, scale));
        Replications = options.Replications ?? (options.Quick ? fact.Quick.Replications : fact.Replications);
        Measures = fact.Checks.Select(c => MeasureCatalog.Create(c.Measure)).ToArray();
        NeedsJourneys = Measures.Any(m => m.NeedsJourneys);
    }

    public FactFile Fact { get; }
    public IReadOnlyDictionary<string, Scenario> Arms { get; }
    public int Replications { get; }
    public IReadOnlyList<IMeasure> Measures { get; }
    public bool NeedsJourneys { get; }

    /// <summary>Each arm's scenario as JSON: arms of different facts with the same text are the same runs.</summary>
    public IReadOnlyDictionary<string, string> ArmKeys => _armKeys ??= Arms.ToDictionary(kv => kv.Key, kv => ScenarioJson.Serialize(kv.Value));

    private IReadOnlyDictionary<string, string>? _armKeys;

    /// <summary>The scenario of <paramref name="arm"/> in replication <paramref name="replication"/>: every arm shares the seed.</summary>
    public Scenario ArmAt(string arm, int replication)
    {
        var s = Arms[arm].Clone();
        s.Seed = Experiments.Replications.Seed(Arms[arm].Seed, replication);
        return s;
    }
}
