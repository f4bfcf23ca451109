using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;

namespace Sandbox.Grains.Live;

/// <summary>
/// Gathers, during a week, what agency and employer grains are told at its end: caseloads from the
/// jobseekers' holders, admissions, waiting lists, the vacancies open at the start of the week, their
/// applications and hires. Only bookkeeping for readers: no decision of the model is taken here.
/// </summary>
internal sealed class ReportBook(ModelParameters p)
{
    private readonly List<int>[] _caseload = Enumerable.Range(0, p.Agencies.Length).Select(_ => new List<int>()).ToArray();
    private readonly List<WaitEntry>[] _admitted = Enumerable.Range(0, p.Agencies.Length).Select(_ => new List<WaitEntry>()).ToArray();
    private readonly Dictionary<int, EmployerBook> _employers = [];
    private Vacancy[] _open = [];

    private sealed class EmployerBook
    {
        public List<Vacancy> Open { get; } = [];
        public int Applications { get; set; }
        public List<Offer> Hires { get; } = [];
        public bool Reported { get; set; }
    }

    public void Opened(WeekCycle cycle, ReadOnlySpan<WaitEntry> admissions)
    {
        foreach (var list in _caseload) list.Clear();
        foreach (var list in _admitted) list.Clear();
        foreach (var e in admissions) _admitted[p.BarrierAgency[e.Barrier]].Add(e);
        foreach (var book in _employers.Values)
        {
            book.Open.Clear();
            book.Applications = 0;
            book.Hires.Clear();
        }
        _open = [.. cycle.Market.Open];
        foreach (var v in _open) Employer(v.Employer).Open.Add(v);
    }

    public void Holds(int agent, byte holders)
    {
        for (int a = 0; a < _caseload.Length; a++)
            if ((holders & (1 << a)) != 0) _caseload[a].Add(agent);
    }

    /// <summary>Applications sent this week, by their index on the board opened this week.</summary>
    public void Applied(ReadOnlySpan<int> vacancies)
    {
        foreach (int v in vacancies) Employer(_open[v].Employer).Applications++;
    }

    /// <summary>Accepted offers, by the vacancy indices of the board opened this week.</summary>
    public void Hired(IReadOnlyList<Offer> offers)
    {
        foreach (var o in offers) Employer(_open[o.Vacancy].Employer).Hires.Add(o);
    }

    /// <summary>One update per agency and per employer with something to show (or to clear), as grain calls.</summary>
    public List<Func<IGrainFactory, string, Task>> Close(WeekCycle cycle)
    {
        int week = cycle.Week - 1;
        var tally = cycle.Outputs.Tally;
        var updates = new List<Func<IGrainFactory, string, Task>>();
        for (int a = 0; a < p.Agencies.Length; a++)
        {
            var agency = p.Agencies[a];
            var counters = new long[WeekTally.AgencyCounterCount];
            for (int c = 0; c < counters.Length; c++) counters[c] = tally.Agency(a, (AgencyCounter)c);
            var waiting = cycle.Outputs.Waiting[a].Span.ToArray();
            Array.Sort(waiting);
            var message = new AgencyWeek(a, agency.Kind, agency.Name, week, [.. _caseload[a]], waiting, [.. _admitted[a]], counters, cycle.Ledger.SpentThisYear[a]);
            int index = a;
            updates.Add((grains, run) => grains.Agency(run, index).Update(message));
        }
        foreach (var (id, book) in _employers)
        {
            bool any = book.Open.Count > 0 || book.Hires.Count > 0;
            if (!any && !book.Reported) continue;
            book.Reported = any;
            var message = new EmployerWeek(id, week, [.. book.Open], book.Applications, [.. book.Hires]);
            updates.Add((grains, run) => grains.Employer(run, id).Update(message));
        }
        return updates;
    }

    private EmployerBook Employer(int id)
    {
        if (!_employers.TryGetValue(id, out var book)) _employers[id] = book = new EmployerBook();
        return book;
    }
}
