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
    // The next week each client has to be visited: people in work with nothing happening and people who have
    // left are skipped from a dense array without touching their structs (most clients, most weeks).
    private readonly int[] _wake;
    private readonly int[] _due;
    // Each client's visit kind as its last turn left it, and the week's due clients grouped by it (see VisitKinds).
    private readonly byte[] _kind;
    private readonly int[] _visit;
    private readonly WeekCycle _cycle;
    private readonly int[]? _order;

    public KernelSimulation(Scenario scenario, KernelOptions? options = null)
        : this(new ModelParameters(scenario), options) { }

    public KernelSimulation(ModelParameters parameters, KernelOptions? options = null)
    {
        P = parameters;
        options ??= new KernelOptions();
        if (options.Population is { } drawn)
        {
            if (drawn.Length != P.AgentCapacity)
                throw new ArgumentException($"A population of {drawn.Length} does not fit a run of {P.AgentCapacity} jobseekers.", nameof(options));
            _agents = (Jobseeker[])drawn.Clone();
        }
        else _agents = PopulationRules.CreateAll(P);
        _admitted = new byte[P.AgentCapacity];
        _wake = new int[P.AgentCapacity];
        _due = new int[P.AgentCapacity];
        _visit = new int[P.AgentCapacity];
        _kind = new byte[P.AgentCapacity];
        for (int i = 0; i < _kind.Length; i++) _kind[i] = VisitKinds.Of(_agents[i], 0);
        _cycle = new WeekCycle(P, options.Journey);
        if (options.ShuffleOrder is { } shuffle) _order = ShuffledOrder(_agents.Length, shuffle);
    }

    /// <summary>The parameters of week 0 (see <see cref="ParameterSchedule"/> for a reform path).</summary>
    public ModelParameters P { get; }

    /// <summary>The next week to run.</summary>
    public int Week => _cycle.Week;

    public bool Finished => _cycle.Finished;

    public MetricsLayout Layout => _cycle.Metrics.Layout;

    /// <summary>The population's current state (profiles and journeys-so-far state), indexed by agent id.</summary>
    public ReadOnlySpan<Jobseeker> Jobseekers => _agents;

    /// <summary>Agents who have entered so far.</summary>
    public int Entered => Week == 0 ? 0 : P.EnteredBy[Week - 1];

    public WeekTally LastWeek => _cycle.Outputs.Tally;

    /// <summary>Interviewed candidates in the last week run (a diagnostic for benchmarks).</summary>
    public int LastWeekCandidates => _cycle.Outputs.Candidates.Count;

    public VacancyMarket Market => _cycle.Market;

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
        : this(parameters, options with { ShuffleOrder = null, Population = from._agents })
    {
        _order = order;
        Array.Copy(from._admitted, _admitted, _admitted.Length);
        Array.Copy(from._wake, _wake, _wake.Length);
        Array.Copy(from._kind, _kind, _kind.Length);
        _cycle.CopyFrom(from._cycle);
    }

    /// <summary>Runs every remaining week and returns the metrics.</summary>
    public RunResult Run()
    {
        while (!Finished) Step();
        return _cycle.Metrics.Result();
    }

    /// <summary>The metrics of the weeks run so far (later weeks read as zero).</summary>
    public RunResult Result() => _cycle.Metrics.Result();

    public void Step()
    {
        var none = new NoTurnObserver();
        Step(ref none);
    }

    /// <summary>Runs the next week, showing <paramref name="observer"/> each visit, the settlement and each hire as it ends.</summary>
    internal void Step<TObserver>(ref TObserver observer) where TObserver : struct, ITurnObserver
    {
        // The week's parameters; agencies decide from last week's state; the board opens.
        var admissions = _cycle.Begin();
        int week = _cycle.Week;
        // An admission that reaches a client not visited this week (hired while waiting) lapses.
        foreach (ref readonly var e in admissions)
            if (_wake[e.Agent] <= week) _admitted[e.Agent] |= (byte)(1 << e.Barrier);

        // Jobseekers act: first the list of clients due this week, then their weeks, each client's struct
        // fetched into the cache a few visits ahead (visits are sparse, so the hardware cannot guess them).
        int due = CollectDue(_cycle.Present, week);
        VisitKinds.Group(_due.AsSpan(0, due), _kind, _visit);
        var ctx = _cycle.Context;
        var outputs = _cycle.Outputs;
        var agents = _agents;
        var visit = _visit;
        for (int k = 0; k < due; k++)
        {
            if (k + PrefetchAhead < due) CacheHint.Fetch(ref agents[visit[k + PrefetchAhead]]);
            StepAgent(visit[k], ctx, outputs);
            observer.Visited(visit[k], outputs);
        }

        // Employers screen and hire.
        var offers = _cycle.Hiring();
        observer.Settled(_cycle.Outputs);
        foreach (var offer in offers)
        {
            ref var js = ref _agents[offer.Agent];
            EmploymentRules.Hire(ref js, _cycle.Context, _cycle.Outputs, offer);
            Reschedule(offer.Agent, js, _cycle.Week + 1);
            observer.Hired(offer.Agent, _cycle.Outputs);
        }

        _cycle.End();
    }

    /// <summary>How many visits ahead a client's struct is fetched (the floor benchmark fetches as far ahead).</summary>
    internal const int PrefetchAhead = 16;

    /// <summary>Fills <see cref="_due"/> with the clients to visit this week, in processing order.</summary>
    private int CollectDue(int present, int week)
    {
        // Spans in locals: the loop runs over every present client each week, and fields would be reloaded
        // and bounds-checked on every step.
        var list = _due.AsSpan();
        var wake = _wake.AsSpan(0, present);
        if (_order is null) return CollectInIdOrder(wake, list, week);
        int due = 0;
        foreach (int i in _order) if (i < present) Collect(list, wake, i, week, ref due);
        return due;
    }

    /// <summary>
    /// The clients whose wake week has come, in id order, written into <paramref name="list"/>; returns how many.
    /// The kernel's weekly scan (the floor benchmark runs the same one).
    /// </summary>
    internal static int CollectInIdOrder(ReadOnlySpan<int> wake, Span<int> list, int week)
    {
        int due = 0;
        for (int i = 0; i < wake.Length; i++) Collect(list, wake, i, week, ref due);
        return due;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Collect(Span<int> list, ReadOnlySpan<int> wake, int i, int week, ref int due)
    {
        // Written always, kept only when due: who is due is close to random, so a branch would mispredict often.
        list[due] = i;
        due += wake[i] <= week ? 1 : 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void StepAgent(int i, WeekContext ctx, AgentOutputs outputs)
    {
        byte admitted = _admitted[i];
        // Reading before writing keeps the cache lines of clients without an admission clean.
        if (admitted != 0) _admitted[i] = 0;
        ref var js = ref _agents[i];
        JobseekerWeek.Step(ref js, ctx, outputs, admitted);
        Reschedule(i, js, ctx.Week + 1);
    }

    /// <summary>After a client's turn or hire: when they are next due (from <paramref name="nextWeek"/> on) and the kind of that visit.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Reschedule(int i, in Jobseeker js, int nextWeek)
    {
        _kind[i] = VisitKinds.Of(js, nextWeek);
        _wake[i] = js.Status switch
        {
            LabourStatus.Employed => EmploymentRules.NextEventWeek(js, nextWeek),
            LabourStatus.Inactive => int.MaxValue,
            _ => nextWeek,
        };
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
