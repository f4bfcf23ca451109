using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Rules;

/// <summary>
/// Job search: how many applications a client sends and to which open vacancies. Search effort rises with
/// motivation and a caseworker meeting (Schiprowski 2019), and falls with health and family constraints and
/// when nobody holds the case.
/// </summary>
public static class JobSearchRules
{
    private const int MaxApplications = 12;

    public static double SearchIntensity(in Jobseeker js, WeekContext ctx, bool meeting)
    {
        var p = ctx.P;
        double availability = Math.Max(0.1, 1 - 0.12 * (js.Severity((int)Barrier.FamilyConstraints) + js.Severity((int)Barrier.Health)));
        double engagement = js.Engagement switch { Engagement.Held => 1.0, Engagement.Unheld => 0.8, _ => 0.6 };
        return p.Labour.ApplicationsPerWeek * (0.5 + js.Motivation) * availability * engagement * (meeting ? 1 + p.Labour.MeetingBoost : 1);
    }

    public static void Search(in Jobseeker js, WeekContext ctx, AgentOutputs o, bool meeting)
    {
        int eligible = ctx.EligibleVacancies[js.Skill];
        if (eligible == 0) return;
        ulong key = o.AgentWeekKey(js.Id);
        var draw = new Draw(key, ref o.Tally.Draws);
        int count = Poisson(SearchIntensity(js, ctx, meeting), draw.U(Purpose.ApplicationCount));
        if (count == 0) return;
        var p = ctx.P;
        bool matched = js.TargetGroup != 0 && js.Engagement == Engagement.Held && p.Mechanisms.EmployerInvolvement > 0;
        short spell = (short)Math.Min(short.MaxValue, js.SpellWeeks(ctx.Week));
        float callback = (float)EmployerRules.CallbackProbability(spell, js.TotalSeverity,
            System.Numerics.BitOperations.PopCount((uint)js.Flags), matched, p);
        o.Tally.AddMarket(MarketCounter.Applications, spell, count);
        for (int i = 0; i < count; i++)
        {
            int vacancy = ctx.VacanciesBySkill[draw.Below(eligible, Purpose.ApplicationTarget, i)];
            o.Applications.Add(new Application(js.Id, vacancy, spell, (byte)i, callback, key));
        }
    }

    // Search intensity is rounded to 1/256 of an application a week so e^-λ comes from a table: the inversion
    // runs for every unemployed client every week, and exp() was a tenth of the kernel's time.
    private const int LambdaSteps = 256;
    private const int MaxLambda = 24;
    // e^-λ = e^-(whole part) × e^-(fraction): two tables of 2 KB stay in the first-level cache.
    private static readonly double[] ExpNegativeWhole =
        Enumerable.Range(0, MaxLambda + 1).Select(w => Math.Exp(-w)).ToArray();
    private static readonly double[] ExpNegativeFraction =
        Enumerable.Range(0, LambdaSteps).Select(f => Math.Exp(-(double)f / LambdaSteps)).ToArray();
    private static readonly double[] Reciprocal =
        Enumerable.Range(0, MaxApplications + 1).Select(k => k == 0 ? 0 : 1.0 / k).ToArray();

    /// <summary>Poisson count by inversion of one uniform, so one key gives one count.</summary>
    internal static int Poisson(double lambda, double u)
    {
        if (lambda <= 0) return 0;
        int q = Math.Min(MaxLambda * LambdaSteps, (int)(lambda * LambdaSteps + 0.5));
        double l = (double)q / LambdaSteps;
        double p = ExpNegativeWhole[q / LambdaSteps] * ExpNegativeFraction[q % LambdaSteps], cdf = p;
        int k = 0;
        while (u > cdf && k < MaxApplications)
        {
            k++;
            p *= l * Reciprocal[k];
            cdf += p;
        }
        return k;
    }
}
