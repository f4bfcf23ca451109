using Sandbox.Sim.Model;
using Sandbox.Sim.Validation.Journeys;

namespace Sandbox.Sim.Validation.Measures;

/// <summary>
/// Share of programme stays at an agency that end in a drop-out: the client stops attending, disengages from
/// services or leaves the labour force before the course ends. A stay cut short by a job is not a drop-out
/// (it counts among the stays, as a success), which is how drop-out is told apart from early exit to work.
/// </summary>
public sealed class ProgrammeDropoutMeasure(AgencyKind agency, string arm, int burnIn) : IMeasure
{
    public IReadOnlyList<string> Arms { get; } = Arm.Only(arm);
    public bool NeedsJourneys => true;

    public double Evaluate(IReadOnlyDictionary<string, ArmRun> runs)
    {
        int ended = 0, early = 0;
        var run = runs[arm];
        foreach (var stay in ProgrammeSpells.Read(run, run.AgencyIndex(agency)))
        {
            if (stay.Start < burnIn) continue;
            ended++;
            if (stay.Ending is ProgrammeEnd.DroppedOut or ProgrammeEnd.Disengaged or ProgrammeEnd.LeftLabourForce) early++;
        }
        return ended > 0 ? (double)early / ended : double.NaN;
    }
}
