using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;

namespace Sandbox.Sim.Tests.Model;

/// <summary>
/// The weeks since a client's last PES meeting drive the fading search boost. The clock is updated without
/// branching on the meeting draw, so these check its arithmetic on a whole population week by week.
/// </summary>
public class MeetingClockTests
{
    [Fact]
    public void The_clock_restarts_at_a_meeting_counts_up_otherwise_and_stops_at_none_this_spell()
    {
        var sim = new KernelSimulation(SmallScenarios.Baseline(stock: 600, inflow: 12, weeks: 80));
        int restarted = 0, counted = 0, saturated = 0;
        while (!sim.Finished)
        {
            var before = sim.Jobseekers.ToArray();
            sim.Step();
            var after = sim.Jobseekers;
            int week = sim.Week - 1, zeros = 0, hired = 0;
            for (int i = 0; i < after.Length; i++)
            {
                // Clocks stop outside a held spell, so an old zero can linger on a client who has left since.
                if (after[i].WeeksSinceMeeting == 0 && after[i].Status == LabourStatus.Unemployed && after[i].Engagement == Engagement.Held) zeros++;
                if (after[i].Status == LabourStatus.Employed && after[i].JobStart == week) hired++;
                // A client unemployed and held before and after the week went through the PES's week in between.
                bool throughTheWeek = before[i].Status == LabourStatus.Unemployed && after[i].Status == LabourStatus.Unemployed
                    && before[i].Engagement == Engagement.Held && after[i].Engagement == Engagement.Held;
                if (!throughTheWeek) continue;
                int was = before[i].WeeksSinceMeeting, now = after[i].WeeksSinceMeeting;
                if (now == 0) { restarted++; continue; }
                Assert.Equal(Math.Min(was + 1, byte.MaxValue), now);
                if (was == byte.MaxValue) saturated++; else counted++;
            }
            // Only this week's meetings leave a zero, and every one the PES counted left one, unless a job started
            // the same week (a new job clears the clock for the next spell).
            long meetings = sim.LastWeek.Agency(sim.P.PesIndex, AgencyCounter.Meetings);
            Assert.InRange(meetings, zeros, zeros + hired);
        }
        Assert.True(restarted > 1_000 && counted > 10_000 && saturated > 100,
            $"the run must exercise every branch of the clock ({restarted} restarts, {counted} counts, {saturated} saturated)");
    }
}
