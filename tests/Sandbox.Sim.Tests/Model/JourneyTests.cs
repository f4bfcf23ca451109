using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Tests.Model;

public class JourneyTests
{
    [Theory]
    [InlineData(IntegrationLevel.CoLocation)]
    [InlineData(IntegrationLevel.Mainstreamed)]
    public void Journeys_account_for_every_crack_the_metrics_count(IntegrationLevel level)
    {
        var log = new JourneyLog();
        var r = new KernelSimulation(SmallScenarios.At(level, stock: 800, weeks: 80), new KernelOptions { Journey = log }).Run();
        foreach (var kind in CrackKinds.All)
        {
            int inJourneys = 0;
            foreach (ref readonly var e in log.All) if (e.Crack == kind) inJourneys++;
            Assert.Equal(r.Final("cumulativeCracks." + kind.Key()), inJourneys);
        }
    }

    [Fact]
    public void Recording_journeys_does_not_change_the_results()
    {
        var s = SmallScenarios.At(IntegrationLevel.JointPlanning, stock: 800, weeks: 60);
        Assert.Equal(new KernelSimulation(s).Run().Values.ToArray(),
            new KernelSimulation(s, new KernelOptions { Journey = new JourneyLog() }).Run().Values.ToArray());
    }

    [Fact]
    public void A_clients_journey_is_in_time_order_and_starts_with_entry()
    {
        var log = new JourneyLog();
        var sim = new KernelSimulation(SmallScenarios.At(IntegrationLevel.CoLocation, stock: 500, weeks: 52), new KernelOptions { Journey = log });
        sim.Run();
        int withBarriers = 0;
        for (int id = 0; id < 500; id++)
        {
            var journey = log.Of(id);
            Assert.Equal(JourneyEventKind.Entered, journey[0].Kind);
            Assert.All(journey, e => Assert.Equal(id, e.Agent));
            for (int i = 1; i < journey.Count; i++) Assert.True(journey[i].Week >= journey[i - 1].Week);
            if (journey.Any(e => e.Kind == JourneyEventKind.Referred)) withBarriers++;
        }
        Assert.True(withBarriers > 50, $"{withBarriers} of 500 clients were referred anywhere");
    }
}
