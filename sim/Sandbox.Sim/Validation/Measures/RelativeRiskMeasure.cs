using Sandbox.Sim.Model;

namespace Sandbox.Sim.Validation.Measures;

/// <summary>
/// Relative risk of getting a job within a follow-up period, contrast arm over base arm, for a cohort counted
/// from entry: the statistic of the IPS meta-analysis (competitive employment under integrated employment and
/// specialist services versus services run apart). Clients entering too late to be followed for the whole
/// period are not counted.
/// </summary>
public sealed class RelativeRiskMeasure(int weeks, Cohort cohort) : IMeasure
{
    public IReadOnlyList<string> Arms => Arm.Both;
    public bool NeedsJourneys => true;

    public double Evaluate(IReadOnlyDictionary<string, ArmRun> runs) =>
        EmployedShare(runs[Arm.Contrast]) / EmployedShare(runs[Arm.Base]);

    private double EmployedShare(ArmRun run)
    {
        int counted = 0, employed = 0;
        for (int c = 0; c < run.Journeys.Clients; c++)
        {
            if (!cohort.Client(run, c)) continue;
            var events = run.Journeys.Of(c);
            if (events.IsEmpty || events[0].Week > run.P.Weeks - weeks) continue;
            int entered = events[0].Week;
            counted++;
            foreach (ref readonly var e in events)
                if (e.Kind == JourneyEventKind.Hired && e.Week - entered < weeks)
                {
                    employed++;
                    break;
                }
        }
        return counted > 0 ? (double)employed / counted : double.NaN;
    }
}
