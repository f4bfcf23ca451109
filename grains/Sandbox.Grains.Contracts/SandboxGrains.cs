using Sandbox.Grains.Experiments;
using Sandbox.Grains.Live;

namespace Sandbox.Grains;

/// <summary>
/// The one place grain keys are spelled: a live run's agents are keyed by (agent index, run id), a run of an
/// experiment by "{experiment}/{run index}". Hosts and grains reach every grain through these.
/// </summary>
public static class SandboxGrains
{
    public static ISimulationGrain Simulation(this IGrainFactory grains, string runId) => grains.GetGrain<ISimulationGrain>(runId);

    public static IJobseekerGrain Jobseeker(this IGrainFactory grains, string runId, int agent) =>
        grains.GetGrain<IJobseekerGrain>(agent, runId, null);

    public static IAgencyGrain Agency(this IGrainFactory grains, string runId, int agency) =>
        grains.GetGrain<IAgencyGrain>(agency, runId, null);

    public static IEmployerGrain Employer(this IGrainFactory grains, string runId, int employer) =>
        grains.GetGrain<IEmployerGrain>(employer, runId, null);

    public static IExperimentGrain Experiment(this IGrainFactory grains, string experimentId) => grains.GetGrain<IExperimentGrain>(experimentId);

    public static IRunGrain Run(this IGrainFactory grains, string experimentId, int runIndex) =>
        grains.GetGrain<IRunGrain>($"{experimentId}/{runIndex}");
}
