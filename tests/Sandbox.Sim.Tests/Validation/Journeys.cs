using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;
using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Journeys;

namespace Sandbox.Sim.Tests.Validation;

/// <summary>
/// Hand-written journeys for measure tests: a tiny real run supplies parameters, metrics and profiles, and
/// the journey log is replaced by the events a test writes.
/// </summary>
internal sealed class Journeys
{
    private readonly JourneyLog _log = new();
    private readonly ArmRun _template;

    public Journeys(int stock = 2, double inflow = 1, int weeks = 60)
    {
        var s = ScenarioLibrary.BaselineScenario();
        s.Weeks = weeks;
        s.Population.InitialStock = Math.Max(10, stock);
        s.Population.WeeklyInflow = inflow;
        _template = ArmRun.Execute(s, journeys: false);
    }

    public ModelParameters P => _template.P;

    public int Agency(AgencyKind kind) => _template.AgencyIndex(kind);

    public Journeys Add(int client, int week, JourneyEventKind kind, int agency = -1, int barrier = -1)
    {
        _log.Record(new JourneyEvent(client, (short)week, kind, (sbyte)agency, (sbyte)barrier));
        return this;
    }

    public ArmRun Run() => new(_template.P, _template.Result, _template.Clients, JourneyTable.From(_log, _template.Clients.Length));
}
