using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;
using Barrier = Sandbox.Sim.Model.Barrier;

namespace Sandbox.Sim.Tests.Model;

/// <summary>
/// The rules added so small special populations behave as part of a wider market: outside applicants, a
/// lasting meeting effect, barrier-driven leaving and sponsor retention after training.
/// </summary>
public class MarketAndRetentionRuleTests
{
    private static ModelParameters With(Action<Sandbox.Sim.Scenarios.Scenario> change)
    {
        var s = SmallScenarios.Baseline(stock: 200, inflow: 0, weeks: 10);
        change(s);
        return new ModelParameters(s);
    }

    [Fact]
    public void Without_outside_applicants_the_clients_keep_every_vacancy()
    {
        var p = With(s => s.LabourMarket.OutsideApplicants = 0);
        for (int v = 0; v < 1000; v++)
        {
            Assert.False(EmployerRules.OutsiderWins(p, 3, v, -1));
            Assert.False(EmployerRules.OutsiderWins(p, 3, v, 0.01));
        }
    }

    [Fact]
    public void Outsiders_beat_a_weak_client_more_often_than_a_strong_one_and_the_draw_is_keyed_per_vacancy()
    {
        var p = With(s => s.LabourMarket.OutsideApplicants = 60);
        int weakLost = 0, strongLost = 0, idle = 0;
        for (int v = 0; v < 4000; v++)
        {
            if (EmployerRules.OutsiderWins(p, 5, v, 0.2)) weakLost++;
            if (EmployerRules.OutsiderWins(p, 5, v, 0.95)) strongLost++;
            if (EmployerRules.OutsiderWins(p, 5, v, -1)) idle++;
            Assert.Equal(EmployerRules.OutsiderWins(p, 5, v, 0.5), EmployerRules.OutsiderWins(p, 5, v, 0.5));
        }
        // With k interviewed outsiders the client keeps the job with chance s^k: a best score of 0.2 rarely does.
        Assert.True(weakLost > 2 * strongLost, $"weak lost {weakLost}, strong lost {strongLost}");
        // A vacancy nobody inside was interviewed for goes to an outsider whenever one was (1 − e^−λ).
        double expected = 4000 * (1 - Math.Exp(-p.OutsideInterviews));
        Assert.InRange(idle, expected * 0.9, expected * 1.1);
    }

    [Fact]
    public void A_meetings_search_boost_fades_week_by_week_and_is_gone_without_a_meeting()
    {
        var p = With(s => { s.LabourMarket.MeetingBoost = 0.8; s.LabourMarket.MeetingEffectWeeks = 3; });
        Assert.Equal(0.8, p.MeetingBoostAfter[0], 12);
        for (int k = 1; k < 20; k++) Assert.True(p.MeetingBoostAfter[k] < p.MeetingBoostAfter[k - 1]);
        Assert.Equal(0.8 * Math.Exp(-1), p.MeetingBoostAfter[3], 12);
        Assert.Equal(0, p.MeetingBoostAfter[byte.MaxValue]);
        var oneWeek = With(s => { s.LabourMarket.MeetingBoost = 0.8; s.LabourMarket.MeetingEffectWeeks = 0; });
        Assert.Equal(0.8, oneWeek.MeetingBoostAfter[0], 12);
        Assert.Equal(0, oneWeek.MeetingBoostAfter[1]);
    }

    [Fact]
    public void Housing_health_and_family_barriers_raise_the_hazard_of_leaving_and_other_barriers_do_not()
    {
        var r = new Sandbox.Sim.Scenarios.RetentionSpec { LeaveLabourForce = 0.002, BarrierLeave = 0.002 };
        var none = new Jobseeker();
        Assert.Equal(0.002, EmploymentRules.LeaveHazard(none, r), 12);
        var skills = new Jobseeker();
        skills.InitSeverity((int)Barrier.CoreWorkSkills, 3);
        Assert.Equal(0.002, EmploymentRules.LeaveHazard(skills, r), 12);
        var fragile = new Jobseeker();
        fragile.InitSeverity((int)Barrier.Health, 3);
        fragile.InitSeverity((int)Barrier.Housing, 1);
        Assert.Equal(0.002 + 0.002 * 4, EmploymentRules.LeaveHazard(fragile, r), 12);
    }

    [Fact]
    public void Involved_employers_keep_some_trainees_at_the_end_of_their_course()
    {
        // Hires in the week a skills course ends, before any job search: with employers involved, sponsors add them.
        static int HiredAtCourseEnd(double involvement)
        {
            var s = SmallScenarios.Baseline(stock: 1500, inflow: 30, weeks: 78).WithLevel(Sandbox.Sim.Scenarios.IntegrationLevel.Mainstreamed);
            s.Mechanisms.EmployerInvolvement = involvement;
            var log = new JourneyLog();
            new KernelSimulation(s, new KernelOptions { Journey = log }).Run();
            int hires = 0;
            var all = log.All;
            for (int i = 1; i < all.Length; i++)
            {
                var before = all[i - 1];
                if (all[i].Kind == JourneyEventKind.Hired && before.Agent == all[i].Agent && before.Week == all[i].Week
                    && before.Kind is JourneyEventKind.TreatmentCompleted or JourneyEventKind.BarrierResolved
                    && before.Barrier == (int)Barrier.CoreWorkSkills)
                    hires++;
            }
            return hires;
        }
        int without = HiredAtCourseEnd(0), with = HiredAtCourseEnd(0.9);
        Assert.True(with > without + 10, $"hired at course end: {without} without employer involvement, {with} with");
    }
}
