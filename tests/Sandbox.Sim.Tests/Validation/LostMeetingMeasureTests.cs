using Sandbox.Sim.Rules;
using Sandbox.Sim.Scenarios;
using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Measures;
using E = Sandbox.Sim.Model.JourneyEventKind;

namespace Sandbox.Sim.Tests.Validation;

/// <summary>
/// The per-client contrast of a lost caseworker meeting: hand-written spells where the effect is known, and a
/// real market where meetings do or do not raise job search.
/// </summary>
public class LostMeetingMeasureTests
{
    private static IReadOnlyDictionary<string, ArmRun> Base(ArmRun run) => new Dictionary<string, ArmRun> { [Arm.Base] = run };

    [Fact]
    public void A_due_meeting_that_reached_half_its_clients_is_scaled_to_one_meeting_held()
    {
        // A horizon of 2 weeks looks at the meeting drawn in week 1 of each spell only. Clients whose meeting came
        // due leave after 1 week, the others are counted at the horizon (2 weeks): 1 week longer without the
        // meeting, but only every other due client met (the others were not held), so 2 weeks per meeting held.
        var j = new Journeys(stock: 10, weeks: 60);
        double due = 1.0 / j.P.Services.MeetingIntervalWeeks;
        int dueCount = 0, clients = 0;
        for (int c = 10; c < 50; c++, clients++)
        {
            j.Add(c, 30, E.Entered);
            if (JobseekerWeek.MeetingDrawn(new Draw(j.P.Seed, c, 31), due))
            {
                if (dueCount++ % 2 == 0) j.Add(c, 31, E.Meeting, j.Agency(Sandbox.Sim.Model.AgencyKind.Pes));
                j.Add(c, 31, E.Hired);
            }
            else j.Add(c, 35, E.Hired);
        }
        Assert.InRange(dueCount, 2, clients - 1);
        double reached = (double)((dueCount + 1) / 2) / dueCount;
        double meanLength = (dueCount * 1.0 + (clients - dueCount) * 2.0) / clients;
        double expected = 1.0 / reached / meanLength;
        Assert.Equal(expected, new LostMeetingMeasure(2, new Cohort(null), 26).Evaluate(Base(j.Run())), 12);
    }

    [Fact]
    public void Spells_of_equal_length_show_no_effect_and_no_meetings_show_none_at_all()
    {
        var j = new Journeys(stock: 10, weeks: 60);
        double due = 1.0 / j.P.Services.MeetingIntervalWeeks;
        var withMeetings = new Journeys(stock: 10, weeks: 60);
        for (int c = 10; c < 50; c++)
        {
            j.Add(c, 30, E.Entered).Add(c, 40, E.Hired);
            withMeetings.Add(c, 30, E.Entered);
            for (int w = 31; w <= 40; w++)
                if (JobseekerWeek.MeetingDrawn(new Draw(j.P.Seed, c, w), due)) withMeetings.Add(c, w, E.Meeting);
            withMeetings.Add(c, 40, E.Hired);
        }
        Assert.Equal(0, new LostMeetingMeasure(20, new Cohort(null), 26).Evaluate(Base(withMeetings.Run())), 12);
        Assert.True(double.IsNaN(new LostMeetingMeasure(20, new Cohort(null), 26).Evaluate(Base(j.Run()))));
    }

    [Fact]
    public void Meetings_that_raise_search_lengthen_spells_when_lost_and_meetings_that_do_not_leave_them_alone()
    {
        double With(double boost)
        {
            var s = ScenarioLibrary.BaselineScenario();
            s.Weeks = 182;
            s.LabourMarket.MeetingBoost = boost;
            return new LostMeetingMeasure(104, new Cohort(null), 26).Evaluate(Base(ArmRun.Execute(s, journeys: true)));
        }
        Assert.InRange(With(0), -0.02, 0.02);
        Assert.InRange(With(1), 0.03, 0.15);
    }
}
