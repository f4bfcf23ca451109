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

    public KernelSimulation(Scenario scenario, KernelOptions? options = null)
        : this(new ModelParameters(scenario), options) { }

    public KernelSimulation(ModelParameters parameters, KernelOptions? options = null)
    {
        P = parameters;
        options ??= new KernelOptions();
        _agents = new Jobseeker[P.AgentCapacity];
        for (int i = 0; i < _agents.Length; i++) _agents[i] = PopulationRules.Create(P, i);
        _admitted = new byte[P.AgentCapacity];
        _outputs = new AgentOutputs(P.Agencies.Length) { Journey = options.Journey };
        _ctx = new WeekContext(P);
        _market = new VacancyMarket(P);
        _ledger = new BudgetLedger(P);
        _metrics = new MetricsRecorder(P);
        if (options.ShuffleOrder is { } shuffle) _order = ShuffledOrder(_agents.Length, shuffle);
    }

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
        _ctx.Week = week;
        _ledger.StartWeek(week);

        // Agencies decide from last week's state.
        var last = _outputs.Tally;
        AdmissionPhase.Run(P, last, _outputs.Waiting, _ledger, _admissions);
        foreach (ref readonly var e in _admissions.Span) _admitted[e.Agent] |= (byte)(1 << e.Barrier);
        _ctx.MeetingProbability = AgencyRules.MeetingProbability(P, last.Agency(P.PesIndex, AgencyCounter.Caseload));
        _market.OpenWeek(_ctx, week == 0 ? P.StockSize / Math.Max(1, P.Population.StockIntakeWeeks) : last.Group(MetricGroup.All, GroupCounter.Unemployed));
        _outputs.Clear();

        // Jobseekers act.
        int present = P.EnteredBy[week];
        if (_order is null)
        {
            for (int i = 0; i < present; i++) StepAgent(i);
        }
        else
        {
            foreach (int i in _order) if (i < present) StepAgent(i);
        }

        // Employers screen and hire.
        _market.Screen(_outputs.Applications.Span, week, _outputs.Tally);
        foreach (var offer in _market.Settle(_outputs.Tally))
            EmploymentRules.Hire(ref _agents[offer.Agent], _ctx, _outputs, offer);

        _metrics.Record(week, _outputs.Tally, _market.OpenCount, _market.PostedThisWeek);
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
