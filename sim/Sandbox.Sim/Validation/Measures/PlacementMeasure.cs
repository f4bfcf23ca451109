using Sandbox.Sim.Model;

namespace Sandbox.Sim.Validation.Measures;

/// <summary>
/// Share of full participants placed in a job: clients who completed a programme at an agency (their first
/// completion there) and were hired within a number of weeks after it (002 box 4: "60 per cent of all those
/// who participate fully in the programme are placed in registered employment"). Completions too late to be
/// followed for the whole horizon are not counted.
/// </summary>
public sealed class PlacementMeasure(AgencyKind agency, int weeks, Cohort cohort, string arm) : IMeasure
{
    public IReadOnlyList<string> Arms { get; } = Arm.Only(arm);
    public bool NeedsJourneys => true;

    public double Evaluate(IReadOnlyDictionary<string, ArmRun> runs)
    {
        var run = runs[arm];
        int index = run.AgencyIndex(agency);
        int lastCompletion = run.P.Weeks - weeks;
        int completed = 0, placed = 0;
        for (int c = 0; c < run.Journeys.Clients; c++)
        {
            if (!cohort.Client(run, c)) continue;
            int completion = -1;
            bool hired = false;
            foreach (ref readonly var e in run.Journeys.Of(c))
            {
                if (completion < 0)
                {
                    if (e.Kind == JourneyEventKind.TreatmentCompleted && e.Agency == index) completion = e.Week;
                }
                else if (e.Kind == JourneyEventKind.Hired && e.Week - completion < weeks)
                {
                    hired = true;
                    break;
                }
            }
            if (completion < 0 || completion > lastCompletion) continue;
            completed++;
            if (hired) placed++;
        }
        return completed > 0 ? (double)placed / completed : double.NaN;
    }
}
