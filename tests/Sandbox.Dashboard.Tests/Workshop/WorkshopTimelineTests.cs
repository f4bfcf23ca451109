using Sandbox.Dashboard.Workshop;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Tests.Workshop;

/// <summary>The workshop timeline on the kernel: deterministic replays, forks that share the past, jumps that undo later forks.</summary>
public sealed class WorkshopTimelineTests
{
    [Fact]
    public void Stepping_matches_a_plain_kernel_run_and_jumping_back_replays_it_exactly()
    {
        var scenario = WorkshopFixtures.Scenario(40);
        var timeline = new WorkshopTimeline(scenario, 4);
        timeline.JumpTo(30);
        var reference = new KernelSimulation(scenario).Run();
        var values = timeline.Branches[0].Sim.Result();
        for (int w = 0; w < 30; w++) Assert.Equal(reference.Series("employed")[w], values.Series("employed")[w]);

        timeline.JumpTo(12);
        Assert.Equal(12, timeline.Week);
        timeline.JumpTo(30);
        Assert.Equal(values.Values.ToArray(), timeline.Branches[0].Sim.Result().Values.ToArray());
    }

    [Fact]
    public void A_fork_shares_the_past_differs_after_and_a_jump_before_it_undoes_it()
    {
        var timeline = new WorkshopTimeline(WorkshopFixtures.Scenario(60), 4);
        timeline.JumpTo(15);
        Assert.Equal(1, timeline.Fork(0, IntegrationLevel.FullIntegration));
        timeline.JumpTo(40);
        var main = timeline.Branches[0].Sim.Result();
        var fork = timeline.Branches[1].Sim.Result();
        for (int w = 0; w < 15; w++) Assert.Equal(main.Series("employed")[w], fork.Series("employed")[w]);
        Assert.NotEqual(main.Series("cumulativeServiceCost")[39], fork.Series("cumulativeServiceCost")[39]);
        Assert.Contains("fork at week 15", timeline.Branches[1].Label);

        // A client's journey on the fork: the shared past up to week 15, then the fork's own events.
        var branch = timeline.Branches[1];
        int client = Enumerable.Range(0, branch.Sim.Entered).First(c => branch.Journey(c).Any(e => e.Week >= 15));
        var journey = branch.Journey(client);
        Assert.Equal(journey.OrderBy(e => e.Week).Select(e => e.Week), journey.Select(e => e.Week));
        Assert.Equal(timeline.Branches[0].Journey(client).Where(e => e.Week < 15), journey.Where(e => e.Week < 15));

        timeline.JumpTo(10);
        Assert.Single(timeline.Branches);
        Assert.Empty(timeline.Changes);
    }

    [Fact]
    public void A_switch_changes_the_line_in_place_and_replays_after_a_jump()
    {
        var timeline = new WorkshopTimeline(WorkshopFixtures.Scenario(50), 2);
        timeline.JumpTo(10);
        timeline.Switch(0, IntegrationLevel.JointPlanning);
        timeline.JumpTo(30);
        var switched = timeline.Branches[0].Sim.Result().Values.ToArray();
        Assert.Single(timeline.Branches);
        Assert.Equal("joint-planning", timeline.Branches[0].Level?.Key());

        timeline.JumpTo(20);
        timeline.JumpTo(30);
        Assert.Equal(switched, timeline.Branches[0].Sim.Result().Values.ToArray());

        timeline.Fork(0, IntegrationLevel.FullIntegration);
        var full = Assert.Throws<Api.ApiErrorException>(() => timeline.Fork(0, IntegrationLevel.Mainstreamed));
        Assert.Equal("branches", full.Error.Field);
    }
}
