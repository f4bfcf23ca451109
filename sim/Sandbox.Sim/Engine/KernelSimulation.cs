using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;
using Sandbox.Sim.Rules;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Engine;

/// <summary>
/// The fast in-process engine: the whole population in one array of flat structs, phases run week by week
/// on one thread (replications run in parallel, one per thread), and nothing allocated per agent per week.
/// It can be stepped a week at a time (dashboard, workshops) or run to the end (CLI, sweeps).
/// </summary>
public sealed class KernelSimulation
{
    private readonly Jobseeker[] _agents;
    private readonly byte[] _admitted;
    private readonly AgentOutputs _outputs;
    private readonly GrowableBuffer<WaitEntry> _admissions = new(256);
    private readonly WeekContext _ctx;
    private readonly VacancyMarket _market;
    private readonly BudgetLedger _ledger;
    private readonly MetricsRecorder _metrics;
    private readonly int[]? _order;
    private readonly ParameterSchedule _schedule;

    public KernelSimulation(Scenario scenario, KernelOptions? options = null)
        : this(new ModelParameters(scenario), options) { }

    public KernelSimulation(ModelParameters parameters, KernelOptions? options = null)
    {
        P = parameters;
        _schedule = new ParameterSchedule(parameters);
        options ??= new KernelOptions();
        _agents = new Jobseeker[P.AgentCapacity];
        for (int i = 0; i < _agents.Length; i++) _agents[i] = PopulationRules.Create(P, i);
        _admitted = new byte[P.AgentCapacity];
        _outputs = new AgentOutputs(P.Agencies.Length) { Journey = options.Journey };
        _ctx = new WeekContext(P);
        _market = new VacancyMarket();
        _ledger = new BudgetLedger(P.Agencies.Length);
        _metrics = new MetricsRecorder(P);
        if (options.ShuffleOrder is { } shuffle) _order = ShuffledOrder(_agents.Length, shuffle);
    }

    /// <summary>The parameters of week 0 (see <see cref="ParameterSchedule"/> for a reform path).</summary>
    public ModelParameters P { get; }

    /// <summary>The next week to run.</summary>
    public int Week { get; private set; }

    public bool Finished => Week >= P.Weeks;

    public MetricsLayout Layout => _metrics.Layout;

    /// <summary>The population's current state (profiles and journeys-so-far state), indexed by agent id.</summary>
    public ReadOnlySpan<Jobseeker> Jobseekers => _agents;

    /// <summary>Agents who have entered so far.</summary>
    public int Entered => Week == 0 ? 0 : P.EnteredBy[Week - 1];

    public WeekTally LastWeek => _outputs.Tally;

    /// <summary>Applications sent in the last week run (a diagnostic for benchmarks).</summary>
    public int LastWeekApplications => _outputs.Applications.Count;

    public VacancyMarket Market => _market;

    /// <summary>
    /// A copy of this simulation, at this week, that goes on under other mechanisms (or the same ones): the
    /// same people in the same state, the same waiting lists, vacancies, budgets and metrics so far. Forked
    /// with unchanged mechanisms it reproduces the unforked run exactly.
    /// </summary>
    public KernelSimulation Fork(Scenarios.Mechanisms? mechanisms = null, IJourneySink? journey = null)
    {
        var scenario = P.Scenario.Clone();
        if (mechanisms is not null)
        {
            scenario.Mechanisms = mechanisms.Clone();
            scenario.Level = null;
            scenario.Reform = null;
        }
        var fork = new KernelSimulation(mechanisms is null ? P : new ModelParameters(scenario), new KernelOptions { Journey = journey }, _order, this);
        return fork;
    }

    private KernelSimulation(ModelParameters parameters, KernelOptions options, int[]? order, KernelSimulation from)
        : this(parameters, options with { ShuffleOrder = null })
    {
        _order = order;
        Array.Copy(from._agents, _agents, _agents.Length);
        Array.Copy(from._admitted, _admitted, _admitted.Length);
        _outputs.CopyFrom(from._outputs);
        _market.CopyFrom(from._market);
        _ledger.CopyFrom(from._ledger);
        _metrics.CopyFrom(from._metrics);
        Week = from.Week;
    }

    /// <summary>Runs every remaining week and returns the metrics.</summary>
    public RunResult Run()
    {
        while (!Finished) Step();
        return _metrics.Result();
    }

    /// <summary>The metrics of the weeks run so far (later weeks read as zero).</summary>
    public RunResult Result() => _metrics.Result();

    public void Step()
    {
        if (Finished) throw new InvalidOperationException($"the run has finished all {P.Weeks} weeks");
        int week = Week;
        var p = _schedule.For(week);
        _ctx.Week = week;
        _ctx.P = p;
        _ledger.StartWeek(_ctx);

        // Agencies decide from last week's state.
        var last = _outputs.Tally;
        AdmissionPhase.Run(p, last, _outputs.Waiting, _ledger, _admissions);
        foreach (ref readonly var e in _admissions.Span) _admitted[e.Agent] |= (byte)(1 << e.Barrier);
        _ctx.MeetingProbability = AgencyRules.MeetingProbability(p, last.Agency(p.PesIndex, AgencyCounter.Caseload));
        _market.OpenWeek(_ctx, week == 0 ? p.StockSize / Math.Max(1, p.Population.StockIntakeWeeks) : last.Group(MetricGroup.All, GroupCounter.Unemployed));
        _outputs.Clear();

        // Jobseekers act.
        int present = p.EnteredBy[week];
        if (_order is null)
        {
            for (int i = 0; i < present; i++) StepAgent(i);
        }
        else
        {
            foreach (int i in _order) if (i < present) StepAgent(i);
        }

        // Employers screen and hire.
        _market.Screen(_outputs.Applications.Span, _ctx, _outputs.Tally);
        foreach (var offer in _market.Settle(_outputs.Tally))
            EmploymentRules.Hire(ref _agents[offer.Agent], _ctx, _outputs, offer);

        _metrics.Record(_ctx, _outputs.Tally, _market.OpenCount, _market.PostedThisWeek);
        _ledger.Record(_metrics.WeekCosts);
        Week = week + 1;
    }

    private void StepAgent(int i)
    {
        byte admitted = _admitted[i];
        _admitted[i] = 0;
        JobseekerWeek.Step(ref _agents[i], _ctx, _outputs, admitted);
    }

    private static int[] ShuffledOrder(int n, ulong seed)
    {
        var order = Enumerable.Range(0, n).ToArray();
        for (int i = n - 1; i > 0; i--)
        {
            int j = CounterRng.Below(i + 1, seed, i, 0, Purpose.Sampling);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
