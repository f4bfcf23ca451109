using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;

namespace Sandbox.Sim.Engine;

/// <summary>
/// The employers' side of the week: vacancies are posted and expire, the open ones are published to job
/// seekers (ordered by skill so each skill level sees a prefix), applications are screened, and each client
/// takes the best of the offers they receive. Shared by both engines; only the gathering of applications differs.
/// </summary>
public sealed class VacancyMarket
{
    private readonly List<Vacancy> _open = [];
    private readonly List<Vacancy> _merged = [];
    private int _nextId;
    private Offer[] _best = [];
    private bool[] _filled = [];      // by board index
    private readonly List<Offer> _offers = [];
    private readonly List<Offer> _accepted = [];

    public int OpenCount => _open.Count;
    public int PostedThisWeek { get; private set; }

    /// <summary>Open vacancies this week, in the order their indices refer to in applications.</summary>
    public IReadOnlyList<Vacancy> Open => _open;

    /// <summary>Takes over another market's open vacancies (a fork continues from them).</summary>
    public void CopyFrom(VacancyMarket other)
    {
        _open.Clear();
        _open.AddRange(other._open);
        _nextId = other._nextId;
        PostedThisWeek = other.PostedThisWeek;
    }

    /// <summary>Expires old vacancies, posts this week's and publishes the board into <paramref name="ctx"/>.</summary>
    public void OpenWeek(WeekContext ctx, long lastWeekUnemployed)
    {
        int week = ctx.Week;
        var p = ctx.P;
        PostedThisWeek = EmployerRules.VacanciesToPost(p, week, lastWeekUnemployed);
        Array.Clear(ctx.EligibleVacancies);
        // The board is ordered by skill, then id. What stays open is already in that order and every new id is
        // larger than every old one, so each skill's new vacancies simply follow its old ones: a three-way merge.
        _merged.Clear();
        var posting = EmployerRules.PostingDraws(p, week);
        for (int n = 0; n < PostedThisWeek; n++) _merged.Add(EmployerRules.NewVacancy(p, posting, week, _nextId++, n));
        int posted = _merged.Count;
        for (byte skill = 0; skill < 3; skill++)
        {
            foreach (var v in _open)
                if (v.Skill == skill && v.Expires > week) _merged.Add(v);
            for (int i = 0; i < posted; i++)
                if (_merged[i].Skill == skill) _merged.Add(_merged[i]);
            ctx.EligibleVacancies[skill] = _merged.Count - posted;
        }
        _open.Clear();
        for (int i = posted; i < _merged.Count; i++) _open.Add(_merged[i]);

        if (_best.Length < _open.Count) _best = new Offer[Math.Max(_open.Count, 2 * _best.Length)];
        for (int i = 0; i < _open.Count; i++) _best[i] = new Offer(i, -1, -1, _open[i].Indefinite);
    }

    /// <summary>Takes a batch of interviewed candidates; call once per batch, in any order.</summary>
    public void Shortlist(ReadOnlySpan<Candidate> candidates) => EmployerRules.Shortlist(candidates, _best);

    /// <summary>
    /// Settles offers: vacancies an outside applicant wins close, each client accepts their preferred offer,
    /// filled vacancies close. Returns the accepted offers ordered by agent id (valid until the next call).
    /// </summary>
    public IReadOnlyList<Offer> Settle(WeekContext ctx, WeekTally tally)
    {
        _offers.Clear();
        if (_filled.Length < _open.Count) _filled = new bool[Math.Max(_open.Count, 2 * _filled.Length)];
        var outside = EmployerRules.OutsideDraws(ctx.P, ctx.Week);
        for (int v = 0; v < _open.Count; v++)
        {
            var offer = _best[v];
            if (EmployerRules.OutsiderWins(ctx.P, outside, _open[v].Id, offer.Agent < 0 ? -1 : offer.Score))
            {
                _filled[v] = true;
                continue;
            }
            if (offer.Agent < 0) continue;
            tally.AddMarket(MarketCounter.Offers, 0);
            _offers.Add(offer);
        }
        // A few offers a week: ordered by client, each client's preferred offer first, the first of each is taken.
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_offers).Sort(new ByAgentThenPreference());
        _accepted.Clear();
        for (int i = 0; i < _offers.Count; i++)
        {
            var offer = _offers[i];
            if (i > 0 && _offers[i - 1].Agent == offer.Agent) continue;
            _accepted.Add(offer);
            _filled[offer.Vacancy] = true;
        }
        int kept = 0;
        for (int i = 0; i < _open.Count; i++)
        {
            if (!_filled[i]) _open[kept++] = _open[i];
            _filled[i] = false;
        }
        _open.RemoveRange(kept, _open.Count - kept);
        return _accepted;
    }

    private readonly struct ByAgentThenPreference : IComparer<Offer>
    {
        public int Compare(Offer a, Offer b) =>
            a.Agent != b.Agent ? a.Agent.CompareTo(b.Agent)
            : EmployerRules.Prefer(a, b) ? -1
            : EmployerRules.Prefer(b, a) ? 1
            : 0;
    }
}
