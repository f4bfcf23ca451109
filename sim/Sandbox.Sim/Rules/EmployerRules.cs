using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Rules;

/// <summary>
/// Employers screen applications and hire. Callbacks fall with the length of the spell (Kroft, Lange &amp;
/// Notowidigdo 2013: about −45% over eight months, flat after), with visible untreated barriers and with
/// stigma against vulnerable groups, which employer involvement reduces (002 box 4); after the interview
/// they also hire the long-term unemployed less often (002 box 1). Each vacancy offers to
/// its best interviewed candidate; ties go to the lower agent id, so hiring never depends on arrival order.
/// </summary>
public static class EmployerRules
{
    /// <summary>The chance an employer invites an applicant with this profile to interview.</summary>
    public static double CallbackProbability(int spellWeeks, int visibleSeverity, int flagCount, bool matched, ModelParameters p)
    {
        var f = p.Callback;
        double duration = f.Duration[Math.Min(spellWeeks, f.Duration.Length - 1)];
        return Math.Min(1, duration * f.Barrier[Math.Min(visibleSeverity, f.Barrier.Length - 1)] * f.Stigma[Math.Min(flagCount, f.Stigma.Length - 1)] * (matched ? f.Matching : 1));
    }

    /// <summary>
    /// The employers' screening of an applicant's <paramref name="count"/> applications this week: application i
    /// gets a callback when its draw falls below <paramref name="callback"/>. Returns the called-back ones as bits
    /// (bit i for the i-th application) and counts them.
    /// </summary>
    /// <remarks>
    /// Counts run from 0 to 12 at random, so a loop over them ends at a different place on nearly every search
    /// and the processor mispredicts its exit, after waiting for the count itself. The first four applications'
    /// draws are therefore made whatever the count (counts of four or less are three searches in four) and those
    /// beyond it masked off; only the draws of applications sent are counted.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static uint Screen(Draw draw, int count, double callback, int spellWeeks, WeekTally tally)
    {
        // Written out: as a loop of four, whole runs measured 2-3% slower in paired A/B runs.
        uint called = CalledBack(draw, 0, callback) | CalledBack(draw, 1, callback)
                      | CalledBack(draw, 2, callback) | CalledBack(draw, 3, callback);
        called &= (1u << Math.Min(count, 4)) - 1;
        for (int i = 4; i < count; i++) called |= CalledBack(draw, i, callback);
        draw.Used(count);
        tally.AddMarket(MarketCounter.Callbacks, spellWeeks, System.Numerics.BitOperations.PopCount(called));
        return called;
    }

    /// <summary>Bit <paramref name="index"/> when that application's number falls below the callback chance (drawn uncounted).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint CalledBack(Draw draw, int index, double callback) =>
        draw.Ahead(Purpose.Callback, index) < callback ? 1u << index : 0;

    /// <summary>
    /// The interview of an applicant called back on their <paramref name="index"/>-th application this week: it
    /// succeeds with the chance the applicant's spell allows (<see cref="ModelParameters.InterviewSuccess(int)"/>).
    /// Returns the interviewed candidate's score, or null.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double? Interview(Draw draw, int index, double interviewSuccess, int spellWeeks, WeekTally tally)
    {
        if (draw.U(Purpose.Interview, index) >= interviewSuccess) return null;
        tally.AddMarket(MarketCounter.Interviews, spellWeeks);
        return draw.U(Purpose.Interview, 64 + index);
    }

    /// <summary>
    /// Keeps each vacancy's best interviewed candidate in <paramref name="best"/> (indexed by vacancy). Any
    /// subset of candidates, in any order, gives the same result: ties go to the lower agent id.
    /// </summary>
    public static void Shortlist(ReadOnlySpan<Candidate> candidates, Offer[] best)
    {
        foreach (ref readonly var c in candidates)
        {
            ref var current = ref best[c.Vacancy];
            if (current.Agent < 0 || c.Score > current.Score || (c.Score == current.Score && c.Agent < current.Agent))
                current = new Offer(c.Vacancy, c.Agent, c.Score, current.Indefinite);
        }
    }

    /// <summary>
    /// Does an applicant from outside the simulated population take this vacancy this week? Vacancies also draw
    /// applications from the area's other jobseekers: a Poisson number of them are interviewed (the mean is set
    /// by how loose the market is and how employable they are) and their scores are uniform like the clients',
    /// so the best of k beats the clients' best score s with chance 1 − s^k. Without an interviewed client, any
    /// interviewed outsider takes the job. Drawn per vacancy id and week, so no processing order matters.
    /// </summary>
    public static bool OutsiderWins(ModelParameters p, int week, int vacancyId, double insideScore)
    {
        long uncounted = 0;
        return OutsiderWins(p, OutsideDraws(p, week, ref uncounted), vacancyId, insideScore);
    }

    /// <summary>
    /// The chance that no outsider is interviewed for a vacancy, rounded as the Poisson count rounds it; 2 (never
    /// exceeded) when the scenario has no outside applicants. The same for every vacancy of a week.
    /// </summary>
    public static double NoOutsiderChance(ModelParameters p) => p.OutsideInterviews > 0 ? PoissonCount.Zero(p.OutsideInterviews) : 2;

    /// <summary>
    /// Is any outsider interviewed for this vacancy? Most vacancies have no client in the running, and for them
    /// this one comparison is the whole of <see cref="OutsiderWins(ModelParameters, Draw, int, double)"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool AnyOutsider(Draw outside, int vacancyId, double noOutsiderChance) =>
        outside.U(Purpose.OutsideApplicants, vacancyId) > noOutsiderChance;

    /// <summary>The outside applicants' draws of a week (keyed like an agent's week, agent −4), each counted into <paramref name="count"/>; mixed once per week by the market.</summary>
    public static Draw OutsideDraws(ModelParameters p, int week, ref long count) => new(p, -4, week, ref count);

    public static bool OutsiderWins(ModelParameters p, Draw outside, int vacancyId, double insideScore)
    {
        if (!AnyOutsider(outside, vacancyId, NoOutsiderChance(p))) return false;
        if (insideScore < 0) return true;
        int k = PoissonCount.Of(p.OutsideInterviews, outside.U(Purpose.OutsideApplicants, vacancyId));
        double insideBeatsAll = insideScore;
        for (int i = 1; i < k; i++) insideBeatsAll *= insideScore;
        return outside.U(Purpose.OutsideScore, vacancyId) >= insideBeatsAll;
    }

    /// <summary>
    /// An offer's place in the week's settlement: by client, then, of several offers to one client, the one taken
    /// first: an indefinite contract, then the lower board index. One integer, so a week's offers sort without a comparer.
    /// </summary>
    public static long OfferOrder(in Offer offer) =>
        (long)offer.Agent << 32 | (offer.Indefinite ? 0L : 1L << 31) | (uint)offer.Vacancy;

    /// <summary>The board index of the offer an <see cref="OfferOrder"/> key stands for.</summary>
    public static int OfferedVacancy(long order) => (int)(order & int.MaxValue);

    /// <summary>New vacancies this week, in proportion to last week's unemployed (a constant-returns matching market).</summary>
    /// <remarks>The fractional vacancy is a draw keyed like an agent's week (agent −2), counted into <paramref name="draws"/>.</remarks>
    public static int VacanciesToPost(ModelParameters p, int week, long unemployed, ref long draws)
    {
        double expected = p.Labour.VacancyRate / 100.0 * unemployed;
        int whole = (int)Math.Floor(expected);
        return whole + (new Draw(p, -2, week, ref draws).Chance(expected - whole, Purpose.VacancyPosting) ? 1 : 0);
    }

    /// <summary>The draws for a week's new vacancies (keyed like an agent's week, agent −3), each counted into <paramref name="count"/>; mixed once per week.</summary>
    public static Draw PostingDraws(ModelParameters p, int week, ref long count) => new(p, -3, week, ref count);

    /// <summary>The n-th vacancy posted in a week: its employer, skill level and contract.</summary>
    public static Vacancy NewVacancy(ModelParameters p, Draw posting, int week, int id, int n)
    {
        var lm = p.Labour;
        double u = posting.U(Purpose.VacancySkill, n);
        byte skill = (byte)(u < lm.LowSkillVacancyShare ? 0 : u < 1 - lm.HighSkillVacancyShare ? 1 : 2);
        bool indefinite = lm.IndefiniteShare > 0 && posting.U(Purpose.VacancyContract, n) < lm.IndefiniteShare;
        int employer = posting.Below(lm.Employers, Purpose.VacancyEmployer, n);
        return new Vacancy(id, employer, skill, indefinite, (short)week, (short)(week + lm.VacancyLifetimeWeeks));
    }
}
