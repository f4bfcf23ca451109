using Sandbox.Sim.Model;
using ModelBarrier = Sandbox.Sim.Model.Barrier;

namespace Sandbox.Grains.Live;

/// <summary>Turns the packed <see cref="Jobseeker"/> struct into a readable view for dashboards.</summary>
internal static class JobseekerViews
{
    public static JobseekerView Of(in Jobseeker js, int week, JourneyLog journey)
    {
        var barriers = new BarrierView[Barriers.Count];
        for (int b = 0; b < barriers.Length; b++)
            barriers[b] = new BarrierView((ModelBarrier)b, js.Stage(b), js.Severity(b), js.InitialSeverity(b));
        return new JobseekerView(js.Id, week, js.EntryWeek, js.AgeBand, js.Female != 0, js.Skill, js.Flags, js.Status, js.Engagement,
            js.SpellStart, js.JobStart, barriers, journey.ToArray());
    }
}
