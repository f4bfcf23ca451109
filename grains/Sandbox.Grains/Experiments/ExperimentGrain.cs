using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Experiments;

/// <summary>
/// Runs an experiment across the cluster. It keeps about <see cref="ExperimentOptions.RunsPerSilo"/> runs in
/// flight per active silo, in the spec's interleaved order; run grains report back when their result is
/// stored. A watchdog timer saves progress and re-asks every in-flight run: a run whose silo died is
/// re-activated elsewhere and restarted, a run that finished while nobody listened answers from storage.
/// A reminder reactivates the experiment if its own silo dies while no run is left to report.
/// </summary>
internal sealed partial class ExperimentGrain(
    [PersistentState("definition", SandboxStorage.Name)] IPersistentState<ExperimentDefinition> definition,
    [PersistentState("progress", SandboxStorage.Name)] IPersistentState<ExperimentLedger> ledger,
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    IOptions<ExperimentOptions> options,
    ILogger<ExperimentGrain> log) : Grain, IExperimentGrain, IRemindable
{
    private const string KeepAlive = "keep-running";
    private readonly Dictionary<int, bool> _inFlight = []; // run index → a call to it is under way
    private readonly ObserverManager<IExperimentObserver> _observers = new(TimeSpan.FromMinutes(5), log);
    private int[] _order = [];
    private int _cursor;
    private IGrainTimer? _watchdog;
    private bool _dirty;

    private string Id => this.GetPrimaryKeyString();
    private ExperimentSpec? Spec => definition.State.Spec;

    public override Task OnActivateAsync(CancellationToken token)
    {
        if (Spec is { } spec) _order = spec.DispatchOrder();
        if (ledger.State.Status == ExperimentStatus.Running) StartWatchdog();
        return Task.CompletedTask;
    }

    public async Task<ExperimentProgress> Launch(ExperimentSpec spec)
    {
        if (Spec is { } existing)
        {
            if (existing.Name == spec.Name && existing.RunCount == spec.RunCount) return Progress();
            throw new InvalidOperationException($"experiment '{Id}' already exists with another spec");
        }
        spec.Validate();
        foreach (var point in spec.Points) _ = new ModelParameters(ScenarioLoader.Parse(point.ScenarioJson)); // reject bad scenarios now
        definition.State = new ExperimentDefinition { Spec = spec, LaunchedUtc = DateTime.UtcNow };
        await definition.WriteStateAsync();
        ledger.State = new ExperimentLedger { Status = ExperimentStatus.Running, Finished = new bool[spec.RunCount] };
        await ledger.WriteStateAsync();
        _order = spec.DispatchOrder();
        await this.RegisterOrUpdateReminder(KeepAlive, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        StartWatchdog();
        Pump();
        return Progress();
    }

    public async Task<ExperimentProgress> Pause()
    {
        if (ledger.State.Status != ExperimentStatus.Running) return Progress();
        await SetStatus(ExperimentStatus.Paused);
        return Progress();
    }

    public async Task<ExperimentProgress> Resume()
    {
        if (ledger.State.Status is ExperimentStatus.Paused or ExperimentStatus.Running)
        {
            if (ledger.State.Status == ExperimentStatus.Paused) await SetStatus(ExperimentStatus.Running);
            StartWatchdog();
            Pump();
        }
        return Progress();
    }

    public async Task<ExperimentProgress> Cancel()
    {
        if (Spec is not { } spec || ledger.State.Status is not (ExperimentStatus.Running or ExperimentStatus.Paused)) return Progress();
        foreach (int run in _inFlight.Keys.ToArray()) _ = GrainFactory.Run(Id, run).Cancel();
        _inFlight.Clear();
        await SetStatus(ExperimentStatus.Cancelled);
        return Progress();
    }

    public Task<ExperimentProgress> GetProgress() => Task.FromResult(Progress());

    public Task<ExperimentSpec?> GetSpec() => Task.FromResult(Spec);

    public async Task RunFinished(RunOutcome outcome)
    {
        Record(outcome);
        if (ledger.State.Status == ExperimentStatus.Running && ledger.State.FinishedCount == Spec!.RunCount)
            await SetStatus(ExperimentStatus.Completed);
        else if (outcome.Error is not null && ledger.State.Status == ExperimentStatus.Running)
        {
            ledger.State.Error = $"run {outcome.RunIndex}: {outcome.Error}";
            await SetStatus(ExperimentStatus.Failed);
        }
        else Pump();
    }

    public Task Subscribe(IExperimentObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IExperimentObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (ledger.State.Status == ExperimentStatus.Running) StartWatchdog();
        else return DropReminder();
        return Task.CompletedTask;
    }
}
