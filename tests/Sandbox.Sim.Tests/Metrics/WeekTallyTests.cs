using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;

namespace Sandbox.Sim.Tests.Metrics;

public class WeekTallyTests
{
    /// <summary>A tally with a different count in every slot, so a sum taken over the wrong keys shows.</summary>
    private static WeekTally Filled()
    {
        var tally = new WeekTally();
        var random = new Random(11); // test data only, not model randomness
        for (int i = 0; i < tally.Counts.Length; i++) tally.Counts[i] = random.Next(0, 1000);
        return tally;
    }

    [Fact]
    public void Group_sums_taken_once_a_week_equal_each_group_counter_read_on_its_own()
    {
        var tally = Filled();
        var groups = new long[MetricGroups.Count * WeekTally.GroupCounterCount];
        var cracks = new long[MetricGroups.Count * CrackKinds.Count];
        groups[3] = cracks[2] = -1; // the sums overwrite, never add to, what was there
        tally.SumGroups(groups, cracks);
        for (int g = 0; g < MetricGroups.Count; g++)
        {
            for (int c = 0; c < WeekTally.GroupCounterCount; c++)
                Assert.Equal(tally.Group((MetricGroup)g, (GroupCounter)c), groups[g * WeekTally.GroupCounterCount + c]);
            for (int k = 0; k < CrackKinds.Count; k++)
                Assert.Equal(tally.Crack((MetricGroup)g, (CrackKind)k), cracks[g * CrackKinds.Count + k]);
        }
    }

    [Fact]
    public void Settling_counts_the_population_as_the_unemployed_plus_those_in_work()
    {
        var tally = new WeekTally();
        byte key = MetricGroups.KeyFor(VulnerableFlags.Disability, 2);
        for (int i = 0; i < 7; i++) tally.AddGroups(key, GroupCounter.Unemployed);
        for (int i = 0; i < 5; i++) tally.ChangeInWork(key, 0, 1);
        var stocks = new long[WeekTally.InWorkSize];
        stocks[key * WeekTally.InWorkCounterCount] = 10; // in work before this week
        tally.SettleInWork(stocks);
        Assert.Equal(7 + 10 + 5, tally.Group(MetricGroup.Disability, GroupCounter.Population));
        Assert.Equal(15, tally.Group(MetricGroup.Disability, GroupCounter.Employed));
        Assert.Equal(22, tally.Group(MetricGroup.All, GroupCounter.Population));
        Assert.Equal(0, tally.Group(MetricGroup.NoVulnerableFlag, GroupCounter.Population));
    }

    [Fact]
    public void Increments_count_each_unit_the_rules_added_but_not_settled_stocks_or_application_counts()
    {
        var tally = new WeekTally();
        byte key = MetricGroups.KeyFor(VulnerableFlags.None, 1);
        for (int i = 0; i < 4; i++) tally.AddGroups(key, GroupCounter.Unemployed);
        tally.AddGroups(key, GroupCounter.Hires);
        tally.AddCrack(key, CrackKind.ReferralNeverArrived);
        tally.AddAgency(0, AgencyCounter.Meetings);
        tally.AddMarket(MarketCounter.Applications, 10, 6); // one client's six applications, added in one go
        tally.AddMarket(MarketCounter.Callbacks, 10);
        tally.ChangeInWork(key, 0, 1);
        var stocks = new long[WeekTally.InWorkSize];
        stocks[key * WeekTally.InWorkCounterCount] = 100;
        tally.SettleInWork(stocks);
        Assert.Equal(4 + 1 + 1 + 1 + 1, tally.Increments());
    }
}
