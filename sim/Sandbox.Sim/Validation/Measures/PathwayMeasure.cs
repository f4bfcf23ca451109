using Sandbox.Sim.Validation.Journeys;

namespace Sandbox.Sim.Validation.Measures;

/// <summary>
/// The French joint-diagnosis figures (002 box 6): the share of diagnosed clients directed to a pathway (kind
/// <c>pathwayShare</c>), and the share of a pathway's clients ending the run in an outcome (kind <c>pathwayOutcome</c>).
/// </summary>
public sealed class PathwayMeasure(int pathway, PathwayOutcome? outcome, string arm) : IMeasure
{
    public IReadOnlyList<string> Arms { get; } = Arm.Only(arm);
    public bool NeedsJourneys => true;

    public double Evaluate(IReadOnlyDictionary<string, ArmRun> runs)
    {
        var run = runs[arm];
        var pathways = Pathways.Classify(run);
        int diagnosed = 0, inPathway = 0, withOutcome = 0;
        for (int c = 0; c < pathways.Length; c++)
        {
            if (pathways[c] == 0) continue;
            diagnosed++;
            if (pathways[c] != pathway) continue;
            inPathway++;
            if (outcome is { } o && PathwayOutcomes.Is(o, run, c)) withOutcome++;
        }
        return outcome is null
            ? diagnosed > 0 ? (double)inPathway / diagnosed : double.NaN
            : inPathway > 0 ? (double)withOutcome / inPathway : double.NaN;
    }

    public static int CheckPathway(int? pathway) =>
        pathway is >= 1 and <= 3 ? pathway.Value : throw new FactFileException("measure.pathway", pathway?.ToString() ?? "(missing)", "1, 2 or 3");
}
