using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Model;

/// <summary>
/// Each mechanism, switched on alone from the co-location level, moves the metric it works through. Runs use
/// common random numbers (same seeds), so the comparison isolates the mechanism.
/// </summary>
public class MechanismTests
{
    private static readonly long[] Seeds = [3, 4];

    private static double Total(Action<Scenario> change, string metric, string group = "all", string agency = "", Func<RunResult, string, double>? read = null)
    {
        double sum = 0;
        foreach (long seed in Seeds)
        {
            var s = SmallScenarios.At(IntegrationLevel.CoLocation, seed: seed);
            change(s);
            var r = new KernelSimulation(s).Run();
            sum += read?.Invoke(r, metric) ?? r.Final(metric, group, agency);
        }
        return sum;
    }

    private static double SumOverWeeks(RunResult r, string metric, string agency)
    {
        double sum = 0;
        foreach (double v in r.Series(metric, "all", agency)) sum += v;
        return sum;
    }

    private static double SumAgencies(RunResult r, string metric) =>
        new[] { "social", "health", "housing", "training", "debt" }.Sum(a => SumOverWeeks(r, metric, a));

    [Fact]
    public void A_follow_up_protocol_cuts_lost_referrals()
    {
        double without = Total(_ => { }, "cumulativeCracks.referralNeverArrived");
        double with = Total(s => s.Mechanisms.FollowUp = Coverage.All, "cumulativeCracks.referralNeverArrived");
        Assert.True(with < 0.5 * without, $"lost referrals {without} without a protocol, {with} with one");
    }

    [Fact]
    public void Joint_diagnosis_cuts_repeated_assessments_and_finds_more_barriers()
    {
        double repeatWithout = Total(_ => { }, "cumulativeCracks.repeatedAssessment");
        double repeatWith = Total(s => s.Mechanisms.JointDiagnosis = Coverage.All, "cumulativeCracks.repeatedAssessment");
        Assert.True(repeatWith < 0.5 * repeatWithout, $"repeated assessments {repeatWithout} → {repeatWith}");

        double referralsWithout = Total(_ => { }, "referrals", read: SumAgencies);
        double referralsWith = Total(s => s.Mechanisms.JointDiagnosis = Coverage.All, "referrals", read: SumAgencies);
        Assert.True(referralsWith > 1.2 * referralsWithout, $"referrals {referralsWithout} → {referralsWith}");
    }

    [Fact]
    public void A_shared_record_ends_repeated_assessment()
    {
        Assert.True(Total(_ => { }, "cumulativeCracks.repeatedAssessment") > 0);
        Assert.Equal(0, Total(s => s.Mechanisms.SharedRecord = Coverage.All, "cumulativeCracks.repeatedAssessment"));
    }

    [Fact]
    public void A_case_manager_keeps_every_case_held_and_builds_trust()
    {
        double without = Total(_ => { }, "cumulativeCracks.exitedWithNoAgency");
        Assert.True(without > 0);
        Assert.Equal(0, Total(s => s.Mechanisms.CaseManager = Coverage.All, "cumulativeCracks.exitedWithNoAgency"));
        double disengagedWithout = Total(_ => { }, "cumulativeCracks.disengagedAfterHandoff");
        double disengagedWith = Total(s => s.Mechanisms.CaseManager = Coverage.All, "cumulativeCracks.disengagedAfterHandoff");
        Assert.True(disengagedWith < disengagedWithout, $"disengaged {disengagedWithout} → {disengagedWith}");
    }

    [Fact]
    public void Travel_between_sites_loses_referrals()
    {
        double together = Total(s => s.Mechanisms.CoLocation = 1, "cumulativeCracks.referralNeverArrived");
        double apart = Total(s => s.Mechanisms.CoLocation = 0, "cumulativeCracks.referralNeverArrived");
        Assert.True(apart > 1.1 * together, $"lost referrals co-located {together}, apart {apart}");
    }

    [Fact]
    public void Competition_between_providers_causes_circular_referrals()
    {
        double umbrella = Total(s => { s.Mechanisms.Competition = 0; s.Services.Misroute = 0; }, "cumulativeCracks.circularReferral");
        double competing = Total(s => { s.Mechanisms.Competition = 1; s.Services.Misroute = 0; }, "cumulativeCracks.circularReferral");
        Assert.Equal(0, umbrella);
        Assert.True(competing > 0);
    }

    [Fact]
    public void Employer_involvement_raises_employment_of_stigmatised_groups()
    {
        double low = Total(s => s.Mechanisms.EmployerInvolvement = 0, "employmentRate", "lowQualifications");
        double high = Total(s => s.Mechanisms.EmployerInvolvement = 1, "employmentRate", "lowQualifications");
        Assert.True(high > low, $"employment rate of the low-qualified {low / 2:F3} → {high / 2:F3}");
    }

    [Fact]
    public void Pooled_budgets_keep_partner_services_admitting()
    {
        void Tight(Scenario s)
        {
            foreach (var a in s.Agencies.Where(a => a.Kind != AgencyKind.Pes)) a.BudgetPerYear *= a.Kind == AgencyKind.Training ? 2 : 0.5;
            s.Mechanisms.JointDiagnosis = Coverage.All;
        }
        double separate = Total(Tight, "admissions", read: SumAgencies);
        double pooled = Total(s => { Tight(s); s.Mechanisms.PooledBudget = 1; }, "admissions", read: SumAgencies);
        Assert.True(pooled > separate, $"admissions {separate} with separate budgets, {pooled} pooled");
    }

    [Fact]
    public void Coordination_overhead_costs_money_and_takes_capacity()
    {
        Assert.Equal(0, Total(_ => { }, "cost.coordination", read: (r, m) => SumOverWeeks(r, m, "")));
        Assert.True(Total(s => s.Mechanisms.CoordinationHours = 1, "cost.coordination", read: (r, m) => SumOverWeeks(r, m, "")) > 0);
        double free = Total(s => s.Mechanisms.JointDiagnosis = Coverage.All, "admissions", read: SumAgencies);
        double burdened = Total(s => { s.Mechanisms.JointDiagnosis = Coverage.All; s.Mechanisms.CoordinationHours = 1; }, "admissions", read: SumAgencies);
        Assert.True(burdened < free, $"admissions {free} → {burdened} with an hour of coordination per client-week");
    }

    [Fact]
    public void Parallel_treatment_starts_more_treatment_sooner_than_one_at_a_time()
    {
        static double EarlyReferrals(RunResult r, string _)
        {
            double sum = 0;
            foreach (var a in new[] { "social", "health", "housing", "training", "debt" })
                for (int w = 0; w < 26; w++) sum += r.Series("referrals", "all", a)[w];
            return sum;
        }
        double sequenced = Total(s => { s.Mechanisms.TreatmentOrder = TreatmentOrder.Sequenced; s.Mechanisms.JointDiagnosis = Coverage.All; }, "", read: EarlyReferrals);
        double parallel = Total(s => { s.Mechanisms.TreatmentOrder = TreatmentOrder.Parallel; s.Mechanisms.JointDiagnosis = Coverage.All; }, "", read: EarlyReferrals);
        Assert.True(parallel > sequenced, $"referrals in the first half-year {sequenced} sequenced, {parallel} parallel");
    }

    [Fact]
    public void Longer_spells_cut_callbacks()
    {
        var r = new KernelSimulation(SmallScenarios.At(IntegrationLevel.CoLocation)).Run();
        double Rate(string band)
        {
            double apps = 0, calls = 0;
            foreach (double v in r.Series("applications." + band)) apps += v;
            foreach (double v in r.Series("callbacks." + band)) calls += v;
            return calls / apps;
        }
        Assert.True(Rate("12m+") < 0.8 * Rate("0-3m"), $"callback rate 0-3m {Rate("0-3m"):F3}, 12m+ {Rate("12m+"):F3}");
    }

    [Fact]
    public void Caseworker_meetings_shorten_unemployment()
    {
        double understaffed = Total(s => s.Agencies.Single(a => a.Kind == AgencyKind.Pes).Staff /= 3, "unemployed");
        double staffed = Total(_ => { }, "unemployed");
        Assert.True(staffed < understaffed, $"unemployed at the end: {understaffed} with a third of the PES staff, {staffed} with all");
    }
}
