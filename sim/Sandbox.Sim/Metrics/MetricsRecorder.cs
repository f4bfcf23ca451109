using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;

namespace Sandbox.Sim.Metrics;

/// <summary>
/// Turns each week's summed counters and costs into the run's metric columns: stocks, rates, cracks by kind,
/// per-agency activity and costs, cumulative costs and cost per sustained job, all by population group.
/// </summary>
public sealed class MetricsRecorder
{
    private readonly ModelParameters _p;
    private readonly List<Func<double>> _readers = [];
    private readonly double[] _values;
    private readonly long[] _cumSustained26 = new long[MetricGroups.Count];
    private readonly long[] _cumSustained52 = new long[MetricGroups.Count];
    private readonly long[] _cumCracks = new long[MetricGroups.Count * CrackKinds.Count];
    private readonly long[] _groups = new long[MetricGroups.Count * WeekTally.GroupCounterCount];
    private readonly long[] _cracks = new long[MetricGroups.Count * CrackKinds.Count];
    private readonly double[] _cumAgencyCost;
    private readonly double[] _weekCosts;
    private double _cumService, _cumTotal;
    private WeekTally _t = new();
    private int _vacanciesOpen, _vacanciesPosted;

    public MetricsRecorder(ModelParameters p)
    {
        _p = p;
        _weekCosts = new double[p.Agencies.Length * CostRules.Categories];
        _cumAgencyCost = new double[p.Agencies.Length];
        var columns = new List<MetricColumn>();
        void Add(string metric, string group, string agency, string unit, Func<double> read)
        {
            columns.Add(new MetricColumn(metric, group, agency, unit));
            _readers.Add(read);
        }

        foreach (var g in MetricGroups.All)
        {
            string k = g.Key();
            long G(GroupCounter c) => _groups[(int)g * WeekTally.GroupCounterCount + (int)c];
            Add("population", k, "", "jobseekers", () => G(GroupCounter.Population));
            Add("unemployed", k, "", "jobseekers", () => G(GroupCounter.Unemployed));
            Add("employed", k, "", "jobseekers", () => G(GroupCounter.Employed));
            Add("employmentRate", k, "", "share", () => Ratio(G(GroupCounter.Employed), G(GroupCounter.Population)));
            Add("sustained26", k, "", "jobseekers", () => G(GroupCounter.Sustained26));
            Add("sustained26Rate", k, "", "share", () => Ratio(G(GroupCounter.Sustained26), G(GroupCounter.Population)));
            Add("sustained52", k, "", "jobseekers", () => G(GroupCounter.Sustained52));
            Add("sustained52Rate", k, "", "share", () => Ratio(G(GroupCounter.Sustained52), G(GroupCounter.Population)));
            Add("longTermUnemployed", k, "", "jobseekers", () => G(GroupCounter.LongTerm));
            Add("longTermShare", k, "", "share of unemployed", () => Ratio(G(GroupCounter.LongTerm), G(GroupCounter.Unemployed)));
            Add("outOfService", k, "", "jobseekers", () => G(GroupCounter.OutOfService));
            Add("inPartnerService", k, "", "jobseekers", () => G(GroupCounter.InPartnerService));
            Add("hires", k, "", "per week", () => G(GroupCounter.Hires));
            Add("separations", k, "", "per week", () => G(GroupCounter.Separations));
            Add("entries", k, "", "per week", () => G(GroupCounter.Entries));
            Add("unemploymentExits", k, "", "per week", () => G(GroupCounter.UnemployedExits));
            Add("sustainedJobs26", k, "", "cumulative", () => _cumSustained26[(int)g]);
            Add("sustainedJobs52", k, "", "cumulative", () => _cumSustained52[(int)g]);
            foreach (var c in CrackKinds.All)
            {
                Add("cracks." + c.Key(), k, "", "per week", () => _cracks[(int)g * CrackKinds.Count + (int)c]);
                Add("cumulativeCracks." + c.Key(), k, "", "cumulative", () => _cumCracks[(int)g * CrackKinds.Count + (int)c]);
            }
            Add("cumulativeCracks", k, "", "cumulative", () =>
            {
                long sum = 0;
                for (int c = 0; c < CrackKinds.Count; c++) sum += _cumCracks[(int)g * CrackKinds.Count + c];
                return sum;
            });
        }

        for (int a = 0; a < p.Agencies.Length; a++)
        {
            int ai = a;
            string k = p.Agencies[a].Kind.Key();
            long A(AgencyCounter c) => _t.Agency(ai, c);
            Add("caseload", "all", k, "clients", () => A(AgencyCounter.Caseload));
            Add("waiting", "all", k, "clients", () => A(AgencyCounter.Waiting));
            Add("admissions", "all", k, "per week", () => A(AgencyCounter.Admissions));
            Add("referrals", "all", k, "per week", () => A(AgencyCounter.ReferralsIn));
            Add("arrivals", "all", k, "per week", () => A(AgencyCounter.Arrivals));
            Add("assessments", "all", k, "per week", () => A(AgencyCounter.Assessments));
            Add("repeatAssessments", "all", k, "per week", () => A(AgencyCounter.RepeatAssessments));
            Add("jointDiagnoses", "all", k, "per week", () => A(AgencyCounter.JointDiagnoses));
            Add("completions", "all", k, "per week", () => A(AgencyCounter.Completions));
            Add("resolved", "all", k, "per week", () => A(AgencyCounter.Resolved));
            Add("dropouts", "all", k, "per week", () => A(AgencyCounter.Dropouts));
            Add("meetings", "all", k, "per week", () => A(AgencyCounter.Meetings));
            for (int c = 0; c < CostRules.Categories; c++)
            {
                int ci = c;
                Add("cost." + CostRules.CategoryKeys[c], "all", k, "EUR per week", () => _weekCosts[ai * CostRules.Categories + ci]);
            }
            Add("cumulativeCost", "all", k, "EUR", () => _cumAgencyCost[ai]);
        }

        for (int c = 0; c < CostRules.Categories; c++)
        {
            int ci = c;
            Add("cost." + CostRules.CategoryKeys[c], "all", "", "EUR per week", () => SumCategory(ci));
        }
        Add("cumulativeCost", "all", "", "EUR", () => _cumTotal);
        Add("cumulativeServiceCost", "all", "", "EUR", () => _cumService);
        Add("costPerSustainedJob", "all", "", "EUR", () => _cumSustained26[0] > 0 ? _cumService / _cumSustained26[0] : double.NaN);
        Add("costPerSustainedJobWithBenefits", "all", "", "EUR", () => _cumSustained26[0] > 0 ? _cumTotal / _cumSustained26[0] : double.NaN);
        Add("contacts", "all", "", "per week", () =>
        {
            long n = 0;
            for (int a = 0; a < p.Agencies.Length; a++)
                n += _t.Agency(a, AgencyCounter.Assessments) + _t.Agency(a, AgencyCounter.RepeatAssessments)
                     + _t.Agency(a, AgencyCounter.JointDiagnoses) + _t.Agency(a, AgencyCounter.Meetings) + _t.Agency(a, AgencyCounter.Admissions);
            return n;
        });
        Add("duplicateAssessments", "all", "", "per week", () =>
        {
            long n = 0;
            for (int a = 0; a < p.Agencies.Length; a++) n += _t.Agency(a, AgencyCounter.RepeatAssessments);
            return n;
        });
        Add("vacanciesOpen", "all", "", "vacancies", () => _vacanciesOpen);
        Add("vacanciesPosted", "all", "", "per week", () => _vacanciesPosted);
        for (int band = 0; band < WeekTally.SpellBands; band++)
        {
            int bi = band;
            string b = WeekTally.BandKeys[band];
            Add("applications." + b, "all", "", "per week", () => _t.Market(MarketCounter.Applications, bi));
            Add("callbacks." + b, "all", "", "per week", () => _t.Market(MarketCounter.Callbacks, bi));
            Add("interviews." + b, "all", "", "per week", () => _t.Market(MarketCounter.Interviews, bi));
        }

        Layout = new MetricsLayout(columns);
        _values = new double[Layout.Count * p.Weeks];
    }

    public MetricsLayout Layout { get; }

    /// <summary>The costs of the last recorded week, agency-major (agency * categories + category).</summary>
    public ReadOnlySpan<double> WeekCosts => _weekCosts;

    /// <summary>Records the context's week from its summed tally, costed at that week's parameters.</summary>
    public void Record(WeekContext ctx, WeekTally tally, int vacanciesOpen, int vacanciesPosted)
    {
        int week = ctx.Week;
        _t = tally;
        _vacanciesOpen = vacanciesOpen;
        _vacanciesPosted = vacanciesPosted;
        CostRules.WeekCosts(ctx.P, tally, _weekCosts);
        tally.SumGroups(_groups, _cracks);
        for (int g = 0; g < MetricGroups.Count; g++)
        {
            _cumSustained26[g] += _groups[g * WeekTally.GroupCounterCount + (int)GroupCounter.NewSustained26];
            _cumSustained52[g] += _groups[g * WeekTally.GroupCounterCount + (int)GroupCounter.NewSustained52];
            for (int c = 0; c < CrackKinds.Count; c++) _cumCracks[g * CrackKinds.Count + c] += _cracks[g * CrackKinds.Count + c];
        }
        for (int a = 0; a < _cumAgencyCost.Length; a++)
        {
            double agencyWeek = 0;
            for (int c = 0; c < CostRules.Categories; c++)
            {
                double v = _weekCosts[a * CostRules.Categories + c];
                agencyWeek += v;
                _cumTotal += v;
                if (c != (int)CostCategory.Benefits) _cumService += v;
            }
            _cumAgencyCost[a] += agencyWeek;
        }
        int weeks = _p.Weeks;
        for (int col = 0; col < _readers.Count; col++) _values[col * weeks + week] = _readers[col]();
    }

    /// <summary>Takes over the weeks another recorder has recorded (a fork continues from them).</summary>
    public void CopyFrom(MetricsRecorder other)
    {
        if (other.Layout.Count != Layout.Count || other._values.Length != _values.Length)
            throw new ArgumentException("a fork must keep the agencies and the length of the run", nameof(other));
        Array.Copy(other._values, _values, _values.Length);
        Array.Copy(other._cumSustained26, _cumSustained26, _cumSustained26.Length);
        Array.Copy(other._cumSustained52, _cumSustained52, _cumSustained52.Length);
        Array.Copy(other._cumCracks, _cumCracks, _cumCracks.Length);
        Array.Copy(other._cumAgencyCost, _cumAgencyCost, _cumAgencyCost.Length);
        Array.Copy(other._weekCosts, _weekCosts, _weekCosts.Length);
        _cumService = other._cumService;
        _cumTotal = other._cumTotal;
    }

    public RunResult Result() => new(_p.Scenario.Name, _p.Scenario.Seed, _p.Weeks, Layout, _values);

    private double SumCategory(int category)
    {
        double sum = 0;
        for (int a = 0; a < _cumAgencyCost.Length; a++) sum += _weekCosts[a * CostRules.Categories + category];
        return sum;
    }

    private static double Ratio(double num, double den) => den > 0 ? num / den : 0;
}
