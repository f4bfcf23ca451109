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
    private int _nextId;
    private Offer[] _best = [];
    private readonly Dictionary<int, Offer> _offerFor = [];
    private readonly List<int> _offered = [];
    private readonly List<Offer> _accepted = [];
    private readonly HashSet<int> _filled = [];
    private static readonly Comparison<Vacancy> BySkillThenId =
        (a, b) => a.Skill != b.Skill ? a.Skill.CompareTo(b.Skill) : a.Id.CompareTo(b.Id);

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
        int kept = 0;
        for (int i = 0; i < _open.Count; i++)
            if (_open[i].Expires > week) _open[kept++] = _open[i];
        _open.RemoveRange(kept, _open.Count - kept);
        var p = ctx.P;
        PostedThisWeek = EmployerRules.VacanciesToPost(p, week, lastWeekUnemployed);
        for (int n = 0; n < PostedThisWeek; n++) _open.Add(EmployerRules.NewVacancy(p, week, _nextId++, n));
        _open.Sort(BySkillThenId);

        if (ctx.VacanciesBySkill.Length < _open.Count) ctx.VacanciesBySkill = new int[Math.Max(_open.Count, 2 * ctx.VacanciesBySkill.Length)];
        Array.Clear(ctx.EligibleVacancies);
        for (int i = 0; i < _open.Count; i++)
        {
            ctx.VacanciesBySkill[i] = i;
            for (int s = _open[i].Skill; s < 3; s++) ctx.EligibleVacancies[s]++;
        }
        if (_best.Length < _open.Count) _best = new Offer[Math.Max(_open.Count, 2 * _best.Length)];
        for (int i = 0; i < _open.Count; i++) _best[i] = new Offer(i, -1, -1, _open[i].Indefinite);
    }

    /// <summary>Screens a batch of applications; call once per batch, in any order.</summary>
    public void Screen(ReadOnlySpan<Application> applications, WeekContext ctx, WeekTally tally) =>
        EmployerRules.Screen(applications, ctx.P, ctx.Week, _best, tally);

    /// <summary>
    /// Settles offers: each client accepts their preferred offer; filled vacancies close. Returns the accepted
    /// offers ordered by agent id (valid until the next call).
    /// </summary>
    public IReadOnlyList<Offer> Settle(WeekTally tally)
    {
        _offerFor.Clear();
        _offered.Clear();
        for (int v = 0; v < _open.Count; v++)
        {
            var offer = _best[v];
            if (offer.Agent < 0) continue;
            tally.AddMarket(MarketCounter.Offers, 0);
            if (!_offerFor.TryGetValue(offer.Agent, out var held)) _offered.Add(offer.Agent);
            else if (!EmployerRules.Prefer(offer, held)) continue;
            _offerFor[offer.Agent] = offer;
        }
        _offered.Sort();
        _accepted.Clear();
        _filled.Clear();
        foreach (int agent in _offered)
        {
            var offer = _offerFor[agent];
            _accepted.Add(offer);
            _filled.Add(offer.Vacancy);
        }
        int kept = 0;
        for (int i = 0; i < _open.Count; i++)
            if (!_filled.Contains(i)) _open[kept++] = _open[i];
        _open.RemoveRange(kept, _open.Count - kept);
        return _accepted;
    }
}
