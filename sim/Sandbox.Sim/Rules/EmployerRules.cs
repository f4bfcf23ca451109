using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Rules;

/// <summary>
/// Employers screen applications and hire. Callbacks fall with the length of the spell (Kroft, Lange &amp;
/// Notowidigdo 2013: about −45% over eight months, flat after), with visible untreated barriers and with
/// stigma against vulnerable groups, which employer involvement reduces (002 box 4). Each vacancy offers to
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
    /// Screens a batch of applications (any subset, in any order) and keeps each vacancy's best interviewed
    /// candidate in <paramref name="best"/> (indexed by vacancy id).
    /// </summary>
    public static void Screen(ReadOnlySpan<Application> applications, ModelParameters p, int week, Offer[] best, WeekTally tally)
    {
        double interview = p.Labour.InterviewSuccess;
        foreach (ref readonly var a in applications)
        {
            var draw = new Draw(a.AgentWeekKey, ref tally.Draws);
            if (draw.U(Purpose.Callback, a.Index) >= a.Callback) continue;
            tally.AddMarket(MarketCounter.Callbacks, a.SpellWeeks);
            if (draw.U(Purpose.Interview, a.Index) >= interview) continue;
            tally.AddMarket(MarketCounter.Interviews, a.SpellWeeks);
            double score = draw.U(Purpose.Interview, 64 + a.Index);
            ref var current = ref best[a.Vacancy];
            if (current.Agent < 0 || score > current.Score || (score == current.Score && a.Agent < current.Agent))
                current = new Offer(a.Vacancy, a.Agent, score, current.Indefinite);
        }
    }

    /// <summary>
    /// Of several offers to one client, the one taken: an indefinite contract first, then the lower vacancy id.
    /// </summary>
    public static bool Prefer(in Offer candidate, in Offer incumbent) =>
        incumbent.Agent < 0
        || (candidate.Indefinite && !incumbent.Indefinite)
        || (candidate.Indefinite == incumbent.Indefinite && candidate.Vacancy < incumbent.Vacancy);

    /// <summary>New vacancies this week, in proportion to last week's unemployed (a constant-returns matching market).</summary>
    public static int VacanciesToPost(ModelParameters p, int week, long unemployed)
    {
        double expected = p.Labour.VacancyRate / 100.0 * unemployed;
        int whole = (int)Math.Floor(expected);
        return whole + (CounterRng.Chance(expected - whole, p.Seed, -2, week, Purpose.VacancyPosting) ? 1 : 0);
    }

    /// <summary>The n-th vacancy posted in a week: its employer, skill level and contract.</summary>
    public static Vacancy NewVacancy(ModelParameters p, int week, int id, int n)
    {
        var lm = p.Labour;
        double u = CounterRng.Uniform(p.Seed, -3, week, Purpose.VacancySkill, n);
        byte skill = (byte)(u < lm.LowSkillVacancyShare ? 0 : u < 1 - lm.HighSkillVacancyShare ? 1 : 2);
        bool indefinite = CounterRng.Chance(lm.IndefiniteShare, p.Seed, -3, week, Purpose.VacancyContract, n);
        int employer = CounterRng.Below(lm.Employers, p.Seed, -3, week, Purpose.VacancyEmployer, n);
        return new Vacancy(id, employer, skill, indefinite, (short)week, (short)(week + lm.VacancyLifetimeWeeks));
    }
}
