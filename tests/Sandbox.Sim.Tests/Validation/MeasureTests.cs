using Sandbox.Sim.Model;
using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Journeys;
using Sandbox.Sim.Validation.Measures;
using Barrier = Sandbox.Sim.Model.Barrier;
using E = Sandbox.Sim.Model.JourneyEventKind;

namespace Sandbox.Sim.Tests.Validation;

/// <summary>The measures on journeys small enough to count by hand.</summary>
public class MeasureTests
{
    private const int Stock = 10; // clients 0–9 are the initial stock, 10 on are the inflow

    private static IReadOnlyDictionary<string, ArmRun> Base(ArmRun run) => new Dictionary<string, ArmRun> { [Arm.Base] = run };

    [Fact]
    public void Spells_open_on_a_new_claim_or_a_separation_and_close_on_a_hire_or_leaving()
    {
        var run = new Journeys(Stock)
            .Add(0, 0, E.Entered).Add(0, 5, E.Hired)                                  // stock: not a new claim
            .Add(10, 2, E.Entered).Add(10, 12, E.Hired).Add(10, 30, E.Separated).Add(10, 40, E.LeftLabourForce)
            .Add(11, 3, E.Entered)                                                    // still unemployed at the end
            .Add(12, 4, E.Entered).Add(12, 8, E.Hired).Add(12, 9, E.LeftLabourForce) // leaves while employed
            .Run();
        var spells = run.Spells.OrderBy(s => s.Client).ThenBy(s => s.Start).ToArray();
        Assert.Equal(
        [
            new Spell(0, 0, 5, SpellEnd.Hired, false),
            new Spell(10, 2, 12, SpellEnd.Hired, true),
            new Spell(10, 30, 40, SpellEnd.LeftLabourForce, true),
            new Spell(11, 3, -1, SpellEnd.Censored, true),
            new Spell(12, 4, 8, SpellEnd.Hired, true),
        ], spells);
        Assert.True(spells[1].EndedWithin(11));
        Assert.False(spells[1].EndedWithin(10));
        Assert.Equal(20, spells[3].DurationCapped(20));
    }

    [Fact]
    public void Exit_within_counts_new_claims_followed_for_the_whole_horizon()
    {
        var run = new Journeys(Stock, weeks: 60)
            .Add(10, 30, E.Entered).Add(10, 40, E.Hired)  // exits within 26
            .Add(11, 30, E.Entered).Add(11, 59, E.Hired)  // exits after 26
            .Add(12, 30, E.Entered)                       // never exits
            .Add(13, 40, E.Entered).Add(13, 41, E.Hired)  // starts too late to follow 26 weeks
            .Add(14, 10, E.Entered).Add(14, 11, E.Hired)  // starts in the burn-in
            .Run();
        Assert.Equal(1 / 3.0, new ExitWithinMeasure(26, new Cohort(null), Arm.Base, 26).Evaluate(Base(run)), 12);
    }

    [Fact]
    public void Referral_completion_separates_the_first_attempt_from_the_end_result()
    {
        const int b = (int)Barrier.Debt;
        var j = new Journeys(Stock);
        int debt = j.Agency(AgencyKind.DebtAdvice);
        var run = j
            .Add(0, 30, E.Referred, debt, b).Add(0, 31, E.Arrived, debt, b)                                     // first attempt
            .Add(1, 30, E.Referred, debt, b).Add(1, 31, E.ReferralRepeated, debt, b).Add(1, 33, E.Arrived, debt, b) // second
            .Add(2, 30, E.Referred, debt, b).Add(2, 31, E.ReferralLost, debt, b)                                // lost
            .Add(3, 30, E.Referred, debt, b).Add(3, 30, E.Hired)                                                // censored
            .Run();
        var outcomes = ReferralOutcomes.Of(run, 26);
        Assert.Equal(new ReferralOutcomes(FirstTried: 3, FirstArrived: 1, Resolved: 3, ResolvedArrived: 2), outcomes);
        Assert.Equal(1 / 3.0, new ReferralMeasure(firstAttempt: true, Arm.Base, 26).Evaluate(Base(run)), 12);
        Assert.Equal(2 / 3.0, new ReferralMeasure(firstAttempt: false, Arm.Base, 26).Evaluate(Base(run)), 12);
    }

    [Fact]
    public void Programme_drop_out_counts_early_ends_but_not_jobs()
    {
        const int b = (int)Barrier.CoreWorkSkills;
        var j = new Journeys(Stock);
        int training = j.Agency(AgencyKind.Training);
        var run = j
            .Add(0, 30, E.TreatmentStarted, training, b).Add(0, 46, E.TreatmentCompleted, training, b)
            .Add(1, 30, E.TreatmentStarted, training, b).Add(1, 35, E.TreatmentDropout, training, b)
            .Add(2, 30, E.TreatmentStarted, training, b).Add(2, 33, E.Disengaged)
            .Add(3, 30, E.TreatmentStarted, training, b).Add(3, 34, E.Hired)
            .Add(4, 30, E.TreatmentStarted, training, b)                                                  // still in the course
            .Run();
        Assert.Equal(
            [ProgrammeEnd.Completed, ProgrammeEnd.DroppedOut, ProgrammeEnd.Disengaged, ProgrammeEnd.Hired],
            ProgrammeSpells.Read(run, training).Select(s => s.Ending));
        Assert.Equal(2 / 4.0, new ProgrammeDropoutMeasure(AgencyKind.Training, Arm.Base, 26).Evaluate(Base(run)), 12);
    }

    [Fact]
    public void Pathways_follow_the_non_employment_barriers_found_at_first_contact()
    {
        var run = new Journeys(Stock)
            .Add(0, 0, E.Entered).Add(0, 0, E.BarrierFound, -1, (int)Barrier.CoreWorkSkills)              // 1
            .Add(1, 0, E.Entered).Add(1, 0, E.BarrierFound, -1, (int)Barrier.Debt)                        // 2
            .Add(2, 1, E.Entered).Add(2, 1, E.BarrierFound, -1, (int)Barrier.Debt)
                .Add(2, 1, E.BarrierFound, -1, (int)Barrier.Housing).Add(2, 1, E.BarrierFound, -1, (int)Barrier.Health) // 3
            .Add(3, 2, E.Entered).Add(3, 9, E.BarrierFound, -1, (int)Barrier.Debt)                         // found later: 1
            .Run();
        Assert.Equal([1, 2, 3, 1], Pathways.Classify(run)[..4]);
        Assert.Equal(0, Pathways.Classify(run)[4]);
        Assert.Equal(0.25, new PathwayMeasure(2, null, Arm.Base).Evaluate(Base(run)), 12);
    }

    [Fact]
    public void Placement_counts_completers_hired_within_the_horizon()
    {
        const int b = (int)Barrier.CoreWorkSkills;
        var j = new Journeys(Stock, weeks: 60);
        int training = j.Agency(AgencyKind.Training);
        var run = j
            .Add(0, 10, E.TreatmentCompleted, training, b).Add(0, 20, E.Hired)   // placed
            .Add(1, 10, E.TreatmentCompleted, training, b).Add(1, 40, E.Hired)   // too late
            .Add(2, 10, E.Hired).Add(2, 12, E.TreatmentCompleted, training, b)   // hired before completing
            .Add(3, 50, E.TreatmentCompleted, training, b)                       // not followed long enough
            .Run();
        Assert.Equal(1 / 3.0, new PlacementMeasure(AgencyKind.Training, 26, new Cohort(null, "all"), Arm.Base).Evaluate(Base(run)), 12);
    }
}

/// <summary>Who a cohort counts, from the profile at entry.</summary>
public class CohortTests
{
    private static Jobseeker WithHealth(int severity)
    {
        var js = new Jobseeker();
        if (severity > 0) js.InitSeverity((int)Barrier.Health, severity);
        return js;
    }

    [Fact]
    public void A_severity_floor_keeps_only_clients_whose_barrier_was_that_severe_at_entry()
    {
        var any = new Cohort(new CohortSpec { Barrier = "health" });
        var severe = new Cohort(new CohortSpec { Barrier = "health", BarrierSeverityAtLeast = 3 });
        Assert.Equal([false, true, true, true], Enumerable.Range(0, 4).Select(s => any.Profile(WithHealth(s))));
        Assert.Equal([false, false, false, true], Enumerable.Range(0, 4).Select(s => severe.Profile(WithHealth(s))));
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData("health", 0)]
    [InlineData("health", 4)]
    public void A_severity_floor_needs_a_barrier_and_a_severity_the_model_has(string? barrier, int floor) =>
        Assert.Throws<FactFileException>(() => new Cohort(new CohortSpec { Barrier = barrier, BarrierSeverityAtLeast = floor }));
}
