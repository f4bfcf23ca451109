using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Journeys;

/// <summary>
/// The same client under another integration level: same scenario and seed with that level's mechanisms, run to
/// the same week. Counter-based randomness gives the twin the same profile and the same luck, so every difference
/// in their journeys comes from the mechanisms.
/// </summary>
public static class ClientTwin
{
    public static ClientTimeline Replay(Scenario scenario, IntegrationLevel level, int agent, int weeks)
    {
        var twin = scenario.WithLevel(level);
        var log = new JourneyLog();
        var sim = new KernelSimulation(twin, new KernelOptions { Journey = log });
        for (int w = 0; w < weeks && !sim.Finished; w++) sim.Step();
        if ((uint)agent >= (uint)sim.Entered)
            throw new Api.ApiErrorException(Api.ApiError.Invalid("client", agent.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"0 to {sim.Entered - 1} (clients registered by week {sim.Week})"));
        return ClientTimeline.Of(ClientRecord.FromKernel(sim.Jobseekers[agent], log.Of(agent)), sim.P, level.Title());
    }
}
