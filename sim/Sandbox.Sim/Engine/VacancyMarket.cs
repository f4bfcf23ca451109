using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;

namespace Sandbox.Sim.Engine;

/// <summary>
/// The employers' side of the week: vacancies are posted and expire, the open ones are published to job
/// seekers (ordered by skill so each skill level sees a prefix), applications are screened, and each client
/// takes the best of the offers they receive. Shared by both engines; only the gathering of applications differs.
/// </summary>
/// <remarks>
/// The board is rebuilt every week and holds a few thousand vacancies, most of them with no client in the
/// running; whether one expires, has a candidate or goes to an outsider is close to a coin toss, so the passes
/// over the whole board keep or drop entries by arithmetic rather than by branches.
/// </remarks>
public sealed class VacancyMarket
{
    private Vacancy[] _open = [];
    private int _openCount;
    private Vacancy[] _next = [];     // next week's board, built beside this one and swapped in
    private Vacancy[] _posted = [];
    // Where each skill's run of the board ends: skill s occupies [end of s − 1, end of s).
    private readonly int[] _skillEnd = new int[3];
    private int _nextId;
    private Offer[] _best = [];       // by board index
    private bool[] _filled = [];      // by board index
    private int[] _contested = [];    // board indices with an interviewed client
    private long[] _offerOrder = [];  // the week's offers as EmployerRules.OfferOrder keys
    private readonly List<Offer> _accepted = [];

    private long _draws;

    public int OpenCount => _openCount;
    public int PostedThisWeek { get; private set; }

    /// <summary>Vacancies published this week: the board job seekers searched, before any was filled.</summary>
    public int PublishedThisWeek { get; private set; }

    /// <summary>Random numbers the market drew this week (postings and outside applicants; a benchmark's floor draws as many).</summary>
    public long DrawsThisWeek => _draws;

    /// <summary>Open vacancies this week, in the order their indices refer to in applications.</summary>
    public ReadOnlySpan<Vacancy> Open => _open.AsSpan(0, _openCount);

    /// <summary>Takes over another market's open vacancies (a fork continues from them).</summary>
    public void CopyFrom(VacancyMarket other)
    {
        _open = other.Open.ToArray();
        _openCount = other._openCount;
        Array.Copy(other._skillEnd, _skillEnd, _skillEnd.Length);
        _nextId = other._nextId;
        PostedThisWeek = other.PostedThisWeek;
        PublishedThisWeek = other.PublishedThisWeek;
    }

    /// <summary>Expires old vacancies, posts this week's and publishes the board into <paramref name="ctx"/>.</summary>
    public void OpenWeek(WeekContext ctx, long lastWeekUnemployed)
    {
        int week = ctx.Week;
        var p = ctx.P;
        _draws = 0;
        int posted = PostedThisWeek = EmployerRules.VacanciesToPost(p, week, lastWeekUnemployed, ref _draws);
        Reserve(ref _posted, posted);
        var draws = EmployerRules.PostingDraws(p, week, ref _draws);
        for (int n = 0; n < posted; n++) _posted[n] = EmployerRules.NewVacancy(p, draws, week, _nextId++, n);

        // The board is ordered by skill, then id. What stays open is already in that order and every new id is
        // larger than every old one, so each skill's run is its open vacancies still valid, then its new ones.
        // Every entry is written and the write position advances only for those kept (one spare slot).
        Reserve(ref _next, _openCount + posted + 1);
        var next = _next;
        int count = 0, start = 0;
        for (int skill = 0; skill < 3; skill++)
        {
            int end = _skillEnd[skill];
            for (int i = start; i < end; i++)
            {
                next[count] = _open[i];
                count += _open[i].Expires > week ? 1 : 0;
            }
            start = end;
            for (int n = 0; n < posted; n++)
            {
                next[count] = _posted[n];
                count += _posted[n].Skill == skill ? 1 : 0;
            }
            _skillEnd[skill] = count;
            ctx.EligibleVacancies[skill] = count;
        }
        (_open, _next) = (_next, _open);
        _openCount = PublishedThisWeek = count;

        Reserve(ref _best, count);
        for (int i = 0; i < count; i++) _best[i] = new Offer(i, -1, -1, _open[i].Indefinite);
    }

    /// <summary>Takes a batch of interviewed candidates; call once per batch, in any order.</summary>
    public void Shortlist(ReadOnlySpan<Candidate> candidates) => EmployerRules.Shortlist(candidates, _best);

    /// <summary>
    /// Settles offers: vacancies an outside applicant wins close, each client accepts their preferred offer,
    /// filled vacancies close. Returns the accepted offers ordered by agent id (valid until the next call).
    /// </summary>
    public IReadOnlyList<Offer> Settle(WeekContext ctx, WeekTally tally)
    {
        var p = ctx.P;
        int count = _openCount;
        Reserve(ref _filled, count);
        Reserve(ref _contested, count + 1);
        var outside = EmployerRules.OutsideDraws(p, ctx.Week, ref _draws);

        // Vacancies nobody inside applied to close when any outsider was interviewed; the others are listed.
        // Every vacancy's draw is read (a contested one's again below, the same number) so that nothing branches.
        int contested = 0;
        double noOutsider = EmployerRules.NoOutsiderChance(p);
        for (int v = 0; v < count; v++)
        {
            bool open = _best[v].Agent < 0;
            _contested[contested] = v;
            contested += open ? 0 : 1;
            _filled[v] = open & EmployerRules.AnyOutsider(outside, _open[v].Id, noOutsider);
        }

        Reserve(ref _offerOrder, contested);
        int offers = 0;
        for (int c = 0; c < contested; c++)
        {
            int v = _contested[c];
            var offer = _best[v];
            if (EmployerRules.OutsiderWins(p, outside, _open[v].Id, offer.Score))
            {
                _filled[v] = true;
                continue;
            }
            tally.AddMarket(MarketCounter.Offers, 0);
            _offerOrder[offers++] = EmployerRules.OfferOrder(offer);
        }

        // A few offers a week: ordered by client, each client's preferred offer first, the first of each is taken.
        // Sorted as plain integer keys, which decode to the board index of the offer.
        var order = _offerOrder.AsSpan(0, offers);
        order.Sort();
        _accepted.Clear();
        for (int i = 0; i < order.Length; i++)
        {
            var offer = _best[EmployerRules.OfferedVacancy(order[i])];
            if (_accepted.Count > 0 && _accepted[^1].Agent == offer.Agent) continue;
            _accepted.Add(offer);
            _filled[offer.Vacancy] = true;
        }

        // Filled vacancies leave the board; each skill's run shrinks by its own.
        int kept = 0, start = 0;
        for (int skill = 0; skill < 3; skill++)
        {
            int end = _skillEnd[skill];
            for (int i = start; i < end; i++)
            {
                _open[kept] = _open[i];
                kept += _filled[i] ? 0 : 1;
                _filled[i] = false;
            }
            start = end;
            _skillEnd[skill] = kept;
        }
        _openCount = kept;
        return _accepted;
    }

    /// <summary>Grows a buffer to hold at least <paramref name="length"/> entries; its contents are not kept.</summary>
    private static void Reserve<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length) buffer = new T[Math.Max(length, 2 * buffer.Length)];
    }
}
