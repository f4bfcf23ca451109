using Sandbox.Dashboard.Journeys;
using Sandbox.Grains;
using Sandbox.Grains.Hosting;
using Sandbox.Grains.Live;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Live;

/// <summary>
/// A live run on the Orleans engine: a <c>SimulationGrain</c> with agents as grains. The grain is kept paused and
/// stepped a week at a time by the <see cref="LiveRun"/>, so pace, pause and step behave exactly as on the kernel;
/// each week's metrics arrive through this object as the grain's observer (subscribed on this silo) and are
/// forwarded to SignalR from here. Reset starts a fresh grain (a run id is started once), keyed "{run}.{epoch}".
/// </summary>
public sealed class GrainEngine : ILiveEngine, ILiveRunObserver
{
    private const int ReadFanOut = 64;
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private readonly IGrainFactory _grains;
    private readonly string _runId;
    private readonly Scenario _scenario;
    private int _epoch;
    private MetricsLayout _layout = null!;
    private double[] _values = [];
    private int _week, _entered, _expected = -1;
    private TaskCompletionSource? _arrived;
    private ObserverSubscription? _watch;

    private GrainEngine(IGrainFactory grains, string runId, Scenario scenario)
    {
        _grains = grains;
        _runId = runId;
        _scenario = scenario.Clone();
        P = new ModelParameters(_scenario);
    }

    public static async Task<GrainEngine> StartAsync(IGrainFactory grains, string runId, Scenario scenario)
    {
        var engine = new GrainEngine(grains, runId, scenario);
        await engine.StartGrainAsync();
        return engine;
    }

    public string Name => "orleans";
    public ModelParameters P { get; }
    public MetricsLayout Layout => _layout;
    public int Week { get { lock (_gate) return _week; } }
    public int Entered { get { lock (_gate) return _entered; } }

    private string Key => $"{_runId}.{_epoch}";
    private ISimulationGrain Grain => _grains.Simulation(Key);

    public async Task StepAsync()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _expected = _week;
            _arrived = arrived;
        }
        var status = await Grain.Step();
        if (status.State == Grains.Live.LiveRunState.Failed) throw new InvalidOperationException(status.Error ?? "the grain engine failed this week");
        if (await Task.WhenAny(arrived.Task, Task.Delay(PushWait)) != arrived.Task)
        {
            // The push is late (a busy silo): the grain's own result holds the same numbers.
            var result = await Grain.GetResult();
            lock (_gate) Copy(_expected, c => result.Series(c)[_expected]);
        }
        lock (_gate)
        {
            _week = status.Week;
            _entered = status.Jobseekers;
        }
    }

    public async Task ResetAsync()
    {
        await StopGrainAsync();
        _epoch++;
        await StartGrainAsync();
    }

    public RunResult Result()
    {
        lock (_gate) return new RunResult(_scenario.Name, _scenario.Seed, P.Weeks, _layout, _values.ToArray());
    }

    public async Task<IReadOnlyList<ClientRecord>> ClientsAsync()
    {
        string key;
        int entered;
        lock (_gate) (key, entered) = (Key, _entered);
        var clients = new ClientRecord[entered];
        await Parallel.ForEachAsync(Enumerable.Range(0, entered), new ParallelOptions { MaxDegreeOfParallelism = ReadFanOut },
            async (id, _) => clients[id] = await ReadAsync(key, id));
        return clients;
    }

    public Task<ClientRecord> ClientAsync(int client)
    {
        string key;
        lock (_gate)
        {
            ClientRange.Check(client, _entered);
            key = Key;
        }
        return ReadAsync(key, client);
    }

    void ILiveRunObserver.OnWeek(WeekMetrics metrics)
    {
        lock (_gate)
        {
            if (metrics.RunId != Key || metrics.Week >= P.Weeks || metrics.Values.Length != _layout.Count) return;
            Copy(metrics.Week, c => metrics.Values[c]);
            if (metrics.Week == _expected) _arrived?.TrySetResult();
        }
    }

    void ILiveRunObserver.OnStatus(LiveRunStatus status) { }

    public async ValueTask DisposeAsync() => await StopGrainAsync();

    private async Task StartGrainAsync()
    {
        var grain = Grain;
        await grain.Start(new LiveRunStart(ScenarioJson.Serialize(_scenario), TimeSpan.Zero, Paused: true));
        var layout = new MetricsLayout(await grain.GetColumns());
        lock (_gate)
        {
            _layout = layout;
            _values = new double[layout.Count * P.Weeks];
            _week = _entered = 0;
        }
        _watch = await ObserverSubscription.WatchLiveRun(_grains, Key, this);
    }

    private async Task StopGrainAsync()
    {
        if (_watch is { } watch) await watch.DisposeAsync();
        _watch = null;
        try { await Grain.Stop(); }
        catch (Exception) { /* already over, or its silo is gone: nothing to stop */ }
    }

    private void Copy(int week, Func<int, double> value)
    {
        for (int c = 0; c < _layout.Count; c++) _values[c * P.Weeks + week] = value(c);
    }

    private async Task<ClientRecord> ReadAsync(string key, int id)
    {
        var v = await _grains.Jobseeker(key, id).GetView()
            ?? throw new Api.ApiErrorException(Api.ApiError.NotFound("client", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new ClientRecord(v.Id, v.EntryWeek, v.AgeBand, v.Female, v.Skill, v.Flags, v.Barriers.Count(b => b.InitialSeverity > 0),
            v.Status, v.Engagement, v.Journey);
    }
}

/// <summary>Creates Orleans engines on the co-hosted silo.</summary>
public sealed class GrainEngineFactory(IGrainFactory grains) : ILiveEngineFactory
{
    public async Task<ILiveEngine> CreateAsync(string runId, Scenario scenario) => await GrainEngine.StartAsync(grains, runId, scenario);
}
