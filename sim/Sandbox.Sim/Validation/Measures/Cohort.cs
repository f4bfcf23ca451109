using Sandbox.Sim.Model;
using Sandbox.Sim.Validation.Journeys;

namespace Sandbox.Sim.Validation.Measures;

/// <summary>
/// A compiled <see cref="CohortSpec"/>: who counts, judged from the profile at entry (barriers at entry never
/// change during a run), and whether spells are new claims or the initial stock's running spells.
/// </summary>
public sealed class Cohort
{
    private readonly string _source;
    private readonly int _minBarriers;
    private readonly int _maxBarriers;
    private readonly int _barrier;
    private readonly int _minSeverity;

    public Cohort(CohortSpec? spec, string defaultSource = "inflow")
    {
        _source = spec?.Source ?? defaultSource;
        if (_source is not ("inflow" or "stock" or "all")) throw new FactFileException("measure.cohort.source", _source, "inflow, stock or all");
        _minBarriers = spec?.BarriersAtLeast ?? 0;
        _maxBarriers = spec?.BarriersAtMost ?? Barriers.Count;
        _barrier = -1;
        if (spec?.Barrier is { } key)
        {
            _barrier = Array.FindIndex(Barriers.All, b => b.Key() == key);
            if (_barrier < 0) throw new FactFileException("measure.cohort.barrier", key, string.Join(", ", Barriers.All.Select(b => b.Key())));
        }
        _minSeverity = spec?.BarrierSeverityAtLeast ?? 1;
        if (spec?.BarrierSeverityAtLeast is { } s && (_barrier < 0 || s < 1 || s > 3))
            throw new FactFileException("measure.cohort.barrierSeverityAtLeast", s.ToString(), "1, 2 or 3, with a barrier");
    }

    /// <summary>Does the client's profile at entry qualify (ignoring the source)?</summary>
    public bool Profile(in Jobseeker js)
    {
        int n = js.InitialBarrierCount;
        return n >= _minBarriers && n <= _maxBarriers && (_barrier < 0 || js.InitialSeverity(_barrier) >= _minSeverity);
    }

    /// <summary>A client counted from entry: inflow entrants, the initial stock, or both.</summary>
    public bool Client(ArmRun run, int client) =>
        SourceMatches(client >= run.P.StockSize) && Profile(run.Clients[client]);

    /// <summary>A spell counted: new claims (inflow entrants and people back from a job) or the stock's running spells.</summary>
    public bool Spell(ArmRun run, in Spell spell) => SourceMatches(spell.NewClaim) && Profile(run.Clients[spell.Client]);

    private bool SourceMatches(bool newClaim) => _source switch
    {
        "inflow" => newClaim,
        "stock" => !newClaim,
        _ => true,
    };
}
