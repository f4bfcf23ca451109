namespace Sandbox.Sim.Validation.Measures;

/// <summary>
/// A model quantity computed from one replication's runs (one per arm, on the same seed). Each kind reads only
/// the metrics and journeys the model writes anyway; none of them changes a run.
/// </summary>
public interface IMeasure
{
    /// <summary>The arms this measure reads ("base", "contrast").</summary>
    IReadOnlyList<string> Arms { get; }

    /// <summary>True when the measure reads journeys, so the runs must keep a journey log.</summary>
    bool NeedsJourneys { get; }

    double Evaluate(IReadOnlyDictionary<string, ArmRun> runs);
}
