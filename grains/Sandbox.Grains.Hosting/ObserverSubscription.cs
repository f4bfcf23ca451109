using Sandbox.Grains.Experiments;
using Sandbox.Grains.Live;

namespace Sandbox.Grains.Hosting;

/// <summary>
/// Keeps a grain observer subscribed: grains drop observers they have not heard from in five minutes and
/// forget them when they move to another silo, so the subscription is renewed every
/// <see cref="RenewEvery"/>. Renewing an experiment also reactivates it after its silo died.
/// Dispose to unsubscribe.
/// </summary>
public sealed class ObserverSubscription : IAsyncDisposable
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private readonly Func<Task> _unsubscribe;
    private readonly Task _renewing;

    private ObserverSubscription(Func<Task> subscribe, Func<Task> unsubscribe, TimeSpan renewEvery)
    {
        _unsubscribe = unsubscribe;
        _renewing = Renew(subscribe, renewEvery, _stop.Token);
    }

    /// <summary>Pushes a live run's weekly metrics and status changes to <paramref name="observer"/>.</summary>
    public static async Task<ObserverSubscription> WatchLiveRun(IGrainFactory grains, string runId, ILiveRunObserver observer, TimeSpan? renewEvery = null)
    {
        var reference = grains.CreateObjectReference<ILiveRunObserver>(observer);
        var run = grains.Simulation(runId);
        await run.Subscribe(reference);
        return new ObserverSubscription(() => run.Subscribe(reference), () => run.Unsubscribe(reference), renewEvery ?? RenewEvery);
    }

    /// <summary>Pushes an experiment's progress to <paramref name="observer"/>.</summary>
    public static async Task<ObserverSubscription> WatchExperiment(IGrainFactory grains, string experimentId, IExperimentObserver observer, TimeSpan? renewEvery = null)
    {
        var reference = grains.CreateObjectReference<IExperimentObserver>(observer);
        var experiment = grains.Experiment(experimentId);
        await experiment.Subscribe(reference);
        return new ObserverSubscription(() => experiment.Subscribe(reference), () => experiment.Unsubscribe(reference), renewEvery ?? RenewEvery);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            await _renewing;
            await _unsubscribe();
        }
        catch (Exception)
        {
            // The grain or the cluster is gone: nothing left to unsubscribe from.
        }
        _stop.Dispose();
    }

    private static async Task Renew(Func<Task> subscribe, TimeSpan every, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try { await subscribe(); }
                catch (Exception) when (!stop.IsCancellationRequested) { /* silo lost: try again next tick */ }
            }
        }
        catch (OperationCanceledException) { }
    }
}
