using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;

namespace Sandbox.Sim.Tests.Model;

/// <summary>The kernel visits a week's due clients kind by kind; the grouping must keep every client once and each kind's order.</summary>
public class VisitKindTests
{
    [Fact]
    public void Grouping_keeps_every_due_client_once_kind_by_kind_in_their_order()
    {
        var kinds = new byte[40];
        for (int i = 0; i < kinds.Length; i++) kinds[i] = (byte)((i * 7 + i / 5) % VisitKinds.Count);
        int[] due = [31, 2, 17, 5, 39, 0, 22, 8, 13, 26, 1, 34];
        var grouped = new int[due.Length];

        VisitKinds.Group(due, kinds, grouped);

        var expected = due.OrderBy(i => kinds[i]).ToArray(); // a stable sort by kind
        Assert.Equal(expected, grouped);
    }

    [Fact]
    public void A_client_kind_follows_the_path_its_week_takes()
    {
        var p = new ModelParameters(SmallScenarios.Baseline(stock: 20, inflow: 0, weeks: 5));
        var js = PopulationRules.Create(p, 3);
        byte notEntered = VisitKinds.Of(js, 0);

        js.Status = LabourStatus.Unemployed;
        js.Engagement = Engagement.Held;
        js.SpellStart = 0;
        byte plainShort = VisitKinds.Of(js, 1), plainLong = VisitKinds.Of(js, 60);
        js.Engagement = Engagement.Unheld;
        byte unheld = VisitKinds.Of(js, 1);
        js.Engagement = Engagement.Held;
        js.SetStage(2, BarrierStage.Waiting, 0);
        byte waiting = VisitKinds.Of(js, 1);
        js.SetStage(2, BarrierStage.Treating, 0);
        byte treating = VisitKinds.Of(js, 1);
        js.Status = LabourStatus.Employed;
        byte employed = VisitKinds.Of(js, 1);

        byte[] all = [notEntered, plainShort, plainLong, unheld, waiting, treating, employed];
        Assert.Equal(all.Length, all.Distinct().Count());
        Assert.All(all, k => Assert.InRange(k, 0, VisitKinds.Count - 1));
    }
}
