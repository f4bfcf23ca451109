using Sandbox.Dashboard.Journeys;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Workshop;

/// <summary>
/// A run's state at the end of a week, with everyone's journey: what a poll answer, a spotlight search and the
/// handout read. <see cref="Simulate"/> replays a scenario on the kernel, so the same scenario and seed always give
/// the same snapshot.
/// </summary>
public sealed record ModelSnapshot(ModelParameters P, RunResult Result, int WeeksDone, IReadOnlyList<ClientRecord> Clients)
{
    private JourneyFlows? _flows;

    public JourneyFlows Flows => _flows ??= JourneyFlows.Build(Clients, P);

    public double Measure(WorkshopMeasure measure) => measure.Compute(Result, WeeksDone, Clients, Flows);

    public static ModelSnapshot Simulate(Scenario scenario, int weeks)
    {
        var log = new JourneyLog();
        var sim = new KernelSimulation(scenario, new KernelOptions { Journey = log });
        while (sim.Week < weeks && !sim.Finished) sim.Step();
        return new ModelSnapshot(sim.P, sim.Result(), sim.Week, ClientRecord.AllFromKernel(sim.Jobseekers[..sim.Entered], log));
    }
}
