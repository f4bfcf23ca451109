using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Engine;

/// <summary>
/// A scenario compiled once for running: immutable, with lookups and constants the weekly rules need
/// precomputed (barrier→agency map, prevalence thresholds, entry schedule, capacities). Both engines run
/// from this, so they cannot read a scenario differently.
/// </summary>
public sealed class ModelParameters
{
    public const int NoAgency = -1;

    public ModelParameters(Scenario scenario) : this(scenario, TransitionEffects.None) { }

    /// <param name="transition">Temporary effects of a reform under way (capacity lost, disrupted referrals, IT migration).</param>
    public ModelParameters(Scenario scenario, TransitionEffects transition)
    {
        Transition = transition;
        ScenarioValidator.Validate(scenario);
        Scenario = scenario.Clone();
        Seed = (ulong)scenario.Seed;
        SeedKey = Randomness.CounterRng.SeedKey(Seed);
        Weeks = scenario.Weeks;
        Population = Scenario.Population;
        Labour = Scenario.LabourMarket;
        Services = Scenario.Services;
        Retention = Scenario.Retention;
        Costs = Scenario.Costs;
        Mechanisms = Scenario.Mechanisms;

        var m = Mechanisms;
        double overhead = m.CoordinationHours;
        Agencies = Scenario.Agencies
            .OrderBy(a => a.Kind)
            .Select((a, i) => new AgencyParameters(
                i, a.Kind, a.Name.Length > 0 ? a.Name : a.Kind.ToString(), TreatsMaskOf(a),
                // Coordination overhead comes out of the same staff hours as client contact (002: meetings, protocols).
                Slots: (int)Math.Floor(a.Staff * (1 - transition.CapacityLoss) * a.CaseloadPerStaff * a.ContactHours / (a.ContactHours + overhead)),
                a.ContactHours, a.CostPerHour, a.BudgetPerYear, a.TreatmentWeeks, a.ResolveProbability, a.DetectionAccuracy))
            .ToArray();
        PesIndex = Array.FindIndex(Agencies, a => a.Kind == AgencyKind.Pes);
        SocialIndex = Array.FindIndex(Agencies, a => a.Kind == AgencyKind.SocialServices);
        BarrierAgency = new int[Barriers.Count];
        for (int b = 0; b < Barriers.Count; b++)
            BarrierAgency[b] = Array.FindIndex(Agencies, a => a.Treats(b));

        PrevalenceThreshold = new double[Barriers.Count];
        for (int b = 0; b < Barriers.Count; b++)
        {
            double p = Math.Clamp(Population.Prevalence.Of((Barrier)b), 1e-9, 1 - 1e-9);
            PrevalenceThreshold[b] = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - p);
        }

        // Entry schedule: the stock registers evenly over the first weeks, then the inflow arrives week by week.
        // Agents are numbered in entry order, so the agents present in week w are always a prefix of the array.
        EnteredBy = new int[Weeks];
        int stock = Population.InitialStock;
        for (int w = 0; w < Weeks; w++)
        {
            int stockIn = w + 1 >= Population.StockIntakeWeeks ? stock : (int)((long)stock * (w + 1) / Population.StockIntakeWeeks);
            int inflowIn = (int)Math.Floor(Population.WeeklyInflow * (w + 1) + 1e-9);
            EnteredBy[w] = stockIn + inflowIn;
        }
        AgentCapacity = Weeks > 0 ? EnteredBy[^1] : 0;

        LogitReferralBase = Logit(Services.ReferralCompletion) + Math.Log(transition.ReferralOddsRatio);
        LogFollowUpOdds = Math.Log(Services.FollowUpOddsRatio);
        LogCoLocationOdds = Math.Log(Services.CoLocationOddsRatio);
        Callback = new CallbackFactors(Labour, m.EmployerInvolvement);
        MeetingBoostAfter = MeetingBoosts(Labour);
        CourseSearchFactor = 1 - Labour.CourseSearchReduction;
        InterviewSuccessLongTerm = Labour.InterviewSuccess * (1 - Labour.LongTermHirePenalty);
        OutsideInterviews = Labour.OutsideApplicants * Labour.BaseCallback * Labour.OutsideCallback * Labour.InterviewSuccess;
        ItCostPerWeek = (m.SharedRecord != Coverage.None ? m.ItCostPerYear / 52.0 : 0) + transition.ExtraItCostPerWeek;
    }

    public Scenario Scenario { get; }
    public TransitionEffects Transition { get; }
    public ulong Seed { get; }

    /// <summary>The seed's mixed stream key (see <see cref="Randomness.CounterRng.SeedKey"/>).</summary>
    public ulong SeedKey { get; }
    public int Weeks { get; }
    public PopulationSpec Population { get; }
    public LabourMarketSpec Labour { get; }
    public ServiceSpec Services { get; }
    public RetentionSpec Retention { get; }
    public CostSpec Costs { get; }
    public Mechanisms Mechanisms { get; }
    public AgencyParameters[] Agencies { get; }
    public int PesIndex { get; }
    public int SocialIndex { get; }

    /// <summary>Agency index treating each barrier, or <see cref="NoAgency"/> where no local service exists.</summary>
    public int[] BarrierAgency { get; }

    /// <summary>Latent-factor threshold above which a barrier is present (probit of its prevalence).</summary>
    public double[] PrevalenceThreshold { get; }

    /// <summary>Number of agents who have entered by the end of week w (a prefix of the agent array).</summary>
    public int[] EnteredBy { get; }

    public int AgentCapacity { get; }
    public double LogitReferralBase { get; }
    public double LogFollowUpOdds { get; }
    public double LogCoLocationOdds { get; }
    public double ItCostPerWeek { get; }
    public CallbackFactors Callback { get; }

    /// <summary>
    /// Relative search boost by weeks since the last PES meeting (index 0: the meeting week; 255: no meeting
    /// this spell, no boost): the boost fades exponentially with mean life <c>MeetingEffectWeeks</c>, tabulated
    /// because it is read for every unemployed client every week.
    /// </summary>
    public double[] MeetingBoostAfter { get; }

    /// <summary>Search intensity while on a course at the training provider, relative to usual.</summary>
    public double CourseSearchFactor { get; }

    /// <summary>
    /// Chance that an interview of an applicant unemployed <c>LongTermWeeks</c> or more leads to an offer-worthy
    /// candidate (002 box 1: employers also hire, not only invite, the shorter spells first).
    /// </summary>
    public double InterviewSuccessLongTerm { get; }

    /// <summary>Chance that an interview leads to an offer-worthy candidate, by the applicant's spell.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double InterviewSuccess(int spellWeeks) => spellWeeks >= Labour.LongTermWeeks ? InterviewSuccessLongTerm : Labour.InterviewSuccess;

    /// <summary>Expected interviewed applicants from outside the simulated population, per open vacancy and week.</summary>
    public double OutsideInterviews { get; }

    public int StockSize => Population.InitialStock;

    /// <summary>Week agent <paramref name="id"/> enters (binary search over the entry schedule).</summary>
    public int EntryWeekOf(int id)
    {
        int lo = 0, hi = Weeks - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (EnteredBy[mid] > id) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>Target group as judged at intake: a vulnerable flag or enough barriers found (fixed for the spell).</summary>
    public bool QualifiesForTargetGroup(in Jobseeker js) =>
        js.Flags != VulnerableFlags.None || js.OpenKnownCount >= Mechanisms.TargetGroupMinBarriers;

    /// <summary>Does a mechanism with this coverage reach this client?</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Covers(Coverage coverage, in Jobseeker js) => coverage switch
    {
        Coverage.All => true,
        Coverage.TargetGroup => js.TargetGroup != 0,
        _ => false,
    };

    private static double[] MeetingBoosts(LabourMarketSpec lm)
    {
        var boost = new double[byte.MaxValue + 1];
        for (int k = 0; k < byte.MaxValue; k++)
            boost[k] = k == 0 ? lm.MeetingBoost : lm.MeetingEffectWeeks > 0 ? lm.MeetingBoost * Math.Exp(-k / lm.MeetingEffectWeeks) : 0;
        return boost; // boost[255] = 0: no meeting yet this spell
    }

    public static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-9, 1 - 1e-9);
        return Math.Log(p / (1 - p));
    }

    public static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private static byte TreatsMaskOf(AgencySpec a)
    {
        int mask = 0;
        foreach (var key in a.Treats)
            for (int b = 0; b < Barriers.Count; b++)
                if (string.Equals(((Barrier)b).Key(), key, StringComparison.OrdinalIgnoreCase)) mask |= 1 << b;
        return (byte)mask;
    }
}
