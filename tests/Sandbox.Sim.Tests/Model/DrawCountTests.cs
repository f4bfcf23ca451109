using System.Runtime.InteropServices;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;

namespace Sandbox.Sim.Tests.Model;

/// <summary>
/// The random numbers drawing the population, running the market and hiring take are counted, one per number
/// drawn, so the floor benchmark can draw as many. A chance of 0 or 1 draws nothing, and these tests rely on it.
/// </summary>
public class DrawCountTests
{
    [Fact]
    public void The_population_counts_every_profile_number_it_draws()
    {
        var scenario = SmallScenarios.Baseline(stock: 300, inflow: 5, weeks: 20);
        var p = new ModelParameters(scenario);
        var people = PopulationRules.CreateAll(p, out long draws);

        var pop = scenario.Population;
        long expected = 0;
        foreach (var js in people)
        {
            expected += 13; // age, skill, latent disadvantage, seven barriers, motivation, trust, leaving
            expected += Drawn(pop.FemaleShare) + Drawn(pop.DisabilityShare) + Drawn(pop.ThirdCountryShare) + Drawn(pop.MinorityShare);
            expected += js.Skill == 0 ? 1 : 0; // low qualifications, asked only of the low-skilled
            expected += js.Id < p.StockSize && pop.MeanEntryDurationWeeks > 0 ? 1 : 0; // the stock's elapsed spell
        }
        Assert.Equal(expected, draws);
        // The counted path draws the very people the one-at-a-time path (the grain engine's) draws.
        for (int i = 0; i < people.Length; i += 37)
        {
            var one = PopulationRules.Create(p, i);
            Assert.True(MemoryMarshal.AsBytes(new ReadOnlySpan<Jobseeker>(in one)).SequenceEqual(MemoryMarshal.AsBytes(people.AsSpan(i, 1))), $"agent {i} differs");
        }

        scenario.Population.FemaleShare = 1;
        PopulationRules.CreateAll(new ModelParameters(scenario), out long certain);
        Assert.Equal(draws - people.Length, certain);
    }

    [Fact]
    public void The_market_counts_its_posting_and_outside_applicant_numbers()
    {
        var scenario = SmallScenarios.Baseline(stock: 2000, inflow: 0, weeks: 10);
        scenario.LabourMarket.OutsideApplicants = 0; // no outsider is ever interviewed: one number per open and per contested vacancy
        var withContracts = Week(scenario, out int posted, out int published, out int contested);
        scenario.LabourMarket.IndefiniteShare = 0; // every contract short-term: no contract number per vacancy
        var shortOnly = Week(scenario, out _, out _, out _);

        double expected = scenario.LabourMarket.VacancyRate / 100.0 * 1500;
        int fraction = expected > Math.Floor(expected) ? 1 : 0;
        Assert.True(posted > 0 && contested > 0);
        Assert.Equal(fraction + 2L * posted + published + contested, shortOnly);
        Assert.Equal(shortOnly + posted, withContracts);
    }

    [Fact]
    public void A_hire_counts_its_contract_and_separation_numbers()
    {
        var p = new ModelParameters(SmallScenarios.Baseline(stock: 50, inflow: 0, weeks: 10));
        var ctx = new WeekContext(p) { Week = 3 };
        var people = PopulationRules.CreateAll(p);
        var outputs = new AgentOutputs(p.Agencies.Length);

        var shortTerm = people[7];
        EmploymentRules.Hire(ref shortTerm, ctx, outputs, new Offer(0, 7, 0.5, Indefinite: false));
        Assert.Equal(2, outputs.Tally.Draws); // the contract's length and the separation week
        var indefinite = people[8];
        EmploymentRules.Hire(ref indefinite, ctx, outputs, new Offer(1, 8, 0.5, Indefinite: true));
        Assert.Equal(3, outputs.Tally.Draws); // the separation week only
        Assert.InRange(shortTerm.ContractEnd, 3 + 4, short.MaxValue - 1);
        Assert.Equal(short.MaxValue, indefinite.ContractEnd);
    }

    /// <summary>The market's draws in its first week, with a candidate on every fourth vacancy.</summary>
    private static long Week(Sandbox.Sim.Scenarios.Scenario scenario, out int posted, out int published, out int contested)
    {
        var ctx = new WeekContext(new ModelParameters(scenario)) { Week = 0 };
        var market = new VacancyMarket();
        market.OpenWeek(ctx, 1500);
        posted = market.PostedThisWeek;
        published = market.PublishedThisWeek;
        Assert.Equal(market.OpenCount, published);
        var candidates = Enumerable.Range(0, published / 4).Select(n => new Candidate(n, 4 * n, 0.7)).ToArray();
        contested = candidates.Length;
        market.Shortlist(candidates);
        market.Settle(ctx, new WeekTally());
        return market.DrawsThisWeek;
    }

    private static int Drawn(double probability) => probability > 0 && probability < 1 ? 1 : 0;
}
