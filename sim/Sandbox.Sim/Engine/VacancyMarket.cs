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
    private Offer[] _offerFor = [];   // by agent: the offer each client holds this week
    private bool[] _filled = [];      // by board index
    private readonly List<int> _offered = [];
    private static readonly Offer NoOffer = new(-1, -1, -1, false);
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
        for (int n = 0; n < PostedThisWeek; n++) _merged.Add(EmployerRules.NewVacancy(p, week, _nextId++, n));
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
        _offered.Clear();
        if (_filled.Length < _open.Count) _filled = new bool[Math.Max(_open.Count, 2 * _filled.Length)];
        for (int v = 0; v < _open.Count; v++)
        {
            var offer = _best[v];
            if (EmployerRules.OutsiderWins(ctx.P, ctx.Week, _open[v].Id, offer.Agent < 0 ? -1 : offer.Score))
            {
                _filled[v] = true;
                continue;
            }
            if (offer.Agent < 0) continue;
            tally.AddMarket(MarketCounter.Offers, 0);
            if (offer.Agent >= _offerFor.Length) GrowOffers(offer.Agent + 1);
            ref var held = ref _offerFor[offer.Agent];
            if (held.Agent < 0) _offered.Add(offer.Agent);
            if (EmployerRules.Prefer(offer, held)) held = offer;
        }
        _offered.Sort();
        _accepted.Clear();
        foreach (int agent in _offered)
        {
            var offer = _offerFor[agent];
            _offerFor[agent] = NoOffer;
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

    private void GrowOffers(int atLeast)
    {
        int old = _offerFor.Length;
        Array.Resize(ref _offerFor, Math.Max(atLeast, 2 * old));
        _offerFor.AsSpan(old).Fill(NoOffer);
    }
}
