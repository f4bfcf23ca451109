using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Validation.Journeys;

namespace Sandbox.Sim.Validation;

/// <summary>
/// One finished run of one arm: the compiled parameters, the weekly metrics, every client's final state and,
/// when a check reads journeys, the journey log indexed by client.
/// </summary>
public sealed class ArmRun
{
    public ArmRun(ModelParameters parameters, RunResult result, Jobseeker[] clients, JourneyTable? journeys)
    {
        P = parameters;
        Result = result;
        Clients = clients;
        _journeys = journeys;
    }

    private readonly JourneyTable? _journeys;
    private IReadOnlyList<Spell>? _spells;

    public ModelParameters P { get; }
    public RunResult Result { get; }

    /// <summary>Final state of every client (profile at entry is unchanged by the run).</summary>
    public Jobseeker[] Clients { get; }

    public JourneyTable Journeys => _journeys ?? throw new InvalidOperationException("this run kept no journeys; the measure must declare NeedsJourneys");

    /// <summary>Every unemployment spell observed in the run, built once from the journeys.</summary>
    public IReadOnlyList<Spell> Spells => _spells ??= SpellReader.Read(this);

    /// <summary>Index of an agency kind in this run's agencies (journey events name agencies by index).</summary>
    public int AgencyIndex(AgencyKind kind)
    {
        int i = Array.FindIndex(P.Agencies, a => a.Kind == kind);
        return i >= 0 ? i : throw new FactFileException("measure.agency", kind.Key(), "an agency the scenario has");
    }

    /// <summary>Runs one arm to the end, keeping journeys if asked.</summary>
    public static ArmRun Execute(Scenarios.Scenario scenario, bool journeys)
    {
        var log = journeys ? new JourneyLog() : null;
        var sim = new KernelSimulation(scenario, new KernelOptions { Journey = log });
        var result = sim.Run();
        return new ArmRun(sim.P, result, sim.Jobseekers.ToArray(), log is null ? null : JourneyTable.From(log, sim.P.AgentCapacity));
    }
}
