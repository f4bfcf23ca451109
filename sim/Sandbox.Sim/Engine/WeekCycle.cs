using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;

namespace Sandbox.Sim.Engine;

/// <summary>
/// The order of a week's shared phases, written once for both engines: the week's parameters are set, agencies
/// admit from last week's waiting lists, the PES sets its meeting capacity and the vacancy board opens
/// (<see cref="Begin"/>); the engine then runs its jobseekers, adding their outputs to <see cref="Outputs"/>;
/// employers screen and settle (<see cref="Hiring"/>); the engine hands the accepted offers to the hired;
/// metrics and spending are recorded (<see cref="End"/>). The in-process kernel loops over an array between
/// these calls, the grain engine fans out to grains and merges what they return: the phases around them are
/// the same code.
/// </summary>
public sealed class WeekCycle
{
    private readonly GrowableBuffer<WaitEntry> _admissions = new(256);
    private readonly ParameterSchedule _schedule;
    private readonly long[] _inWork = new long[WeekTally.InWorkSize];

    public WeekCycle(ModelParameters parameters, IJourneySink? journey = null)
    {
        P = parameters;
        _schedule = new ParameterSchedule(parameters);
        Outputs = new AgentOutputs(P.Agencies.Length) { Journey = journey };
        Context = new WeekContext(P);
        Market = new VacancyMarket();
        Ledger = new BudgetLedger(P.Agencies.Length);
        Metrics = new MetricsRecorder(P);
    }

    /// <summary>The parameters of week 0 (see <see cref="ParameterSchedule"/> for a reform path).</summary>
    public ModelParameters P { get; }

    /// <summary>What jobseekers may read this week, including the week's parameters; fixed between <see cref="Begin"/> and <see cref="End"/>.</summary>
    public WeekContext Context { get; }

    /// <summary>The week's summed outputs; after <see cref="End"/>, last week's (what agencies decide from).</summary>
    public AgentOutputs Outputs { get; }

    public VacancyMarket Market { get; }
    public BudgetLedger Ledger { get; }
    public MetricsRecorder Metrics { get; }

    /// <summary>The next week to run (during a week, the week running).</summary>
    public int Week { get; private set; }

    public bool Finished => Week >= P.Weeks;

    /// <summary>Agents present this week: ids 0 .. Present−1 (agents are numbered in entry order).</summary>
    public int Present => Context.P.EnteredBy[Week];

    /// <summary>The parameters in force in <paramref name="week"/>.</summary>
    public ModelParameters ParametersOf(int week) => _schedule.For(week);

    /// <summary>
    /// Opens week <see cref="Week"/>: agencies decide from last week's state, the board is published into
    /// <see cref="Context"/> and <see cref="Outputs"/> is cleared. Returns this week's admissions, valid
    /// until the next call.
    /// </summary>
    public ReadOnlySpan<WaitEntry> Begin()
    {
        if (Finished) throw new InvalidOperationException($"the run has finished all {P.Weeks} weeks");
        int week = Week;
        var p = _schedule.For(week);
        Context.Week = week;
        Context.P = p;
        Ledger.StartWeek(Context);

        var last = Outputs.Tally;
        AdmissionPhase.Run(p, last, Outputs.Waiting, Ledger, _admissions);
        Context.MeetingProbability = AgencyRules.MeetingProbability(p, last.Agency(p.PesIndex, AgencyCounter.Caseload));
        Market.OpenWeek(Context, week == 0 ? p.StockSize / Math.Max(1, p.Population.StockIntakeWeeks) : last.Group(MetricGroup.All, GroupCounter.Unemployed));
        Outputs.Clear();
        return _admissions.Span;
    }

    /// <summary>Employers offer each vacancy to its best interviewed candidate and each client takes the best offer; ordered by agent id, valid until the next call.</summary>
    public IReadOnlyList<Offer> Hiring()
    {
        Market.Shortlist(Outputs.Candidates.Span);
        return Market.Settle(Context, Outputs.Tally);
    }

    /// <summary>Records the week's metrics and spending and moves on to the next week.</summary>
    public void End()
    {
        Outputs.Tally.SettleInWork(_inWork);
        Metrics.Record(Context, Outputs.Tally, Market.OpenCount, Market.PostedThisWeek);
        Ledger.Record(Metrics.WeekCosts);
        Week++;
    }

    /// <summary>Takes over another cycle's state at the end of its last week (a fork continues from it).</summary>
    public void CopyFrom(WeekCycle other)
    {
        Outputs.CopyFrom(other.Outputs);
        Array.Copy(other._inWork, _inWork, _inWork.Length);
        Market.CopyFrom(other.Market);
        Ledger.CopyFrom(other.Ledger);
        Metrics.CopyFrom(other.Metrics);
        Week = other.Week;
    }
}
