using System.Collections.Concurrent;
using Sandbox.Dashboard.Api;
using Sandbox.Grains;
using Sandbox.Grains.Experiments;
using Sandbox.Grains.Hosting;
using Sandbox.Sim.Experiments;
using GrainStatus = Sandbox.Grains.Experiments.ExperimentStatus;

namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// <see cref="IExperiments"/> on the Orleans cluster: the plan becomes an experiment grain's spec (the CLI's variants
/// and seeds, <c>ExperimentPlans.FromVariants</c>), its run grains spread over every silo, progress comes back
/// through this silo's observer and goes on to SignalR, and results are read back as the same
/// <see cref="CompareResult"/> a local compare returns, for the same aggregation.
/// </summary>
internal sealed class GrainExperiments(IGrainFactory grains, IExperimentPublisher publisher, ILogger<GrainExperiments> log) : IExperiments
{
    private const int Keep = 30;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<ExperimentInfo> LaunchAsync(ExperimentPlan plan)
    {
        foreach (var old in _entries.Values.Where(e => e.Info.IsOver).OrderBy(e => e.Info.StartedUtc).Take(Math.Max(0, _entries.Count - Keep + 1)))
            if (_entries.TryRemove(old.Info.Id, out var gone)) await gone.StopWatchingAsync();
        string id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
        var spec = ExperimentPlans.FromVariants(plan.Name, plan.Variants, new CompareOptions { Replications = plan.Replications, BaseSeed = plan.BaseSeed });
        var entry = new Entry(plan, new ExperimentInfo(id, plan.Kind, plan.Name, ExperimentStatus.Running, 0, spec.RunCount,
            plan.Variants.Select(v => v.Display()).ToArray(), plan.Replications, plan.BaseSeed, "Orleans cluster", DateTimeOffset.UtcNow, 0), publisher, log);
        _entries[id] = entry;
        entry.Watch = await ObserverSubscription.WatchExperiment(grains, id, entry);
        entry.OnProgress(await grains.Experiment(id).Launch(spec));
        return entry.Info;
    }

    public async Task<ExperimentInfo> GetAsync(string id)
    {
        var entry = Find(id);
        if (!entry.Info.IsOver) entry.Update(await grains.Experiment(id).GetProgress());
        return entry.Info;
    }

    public Task<IReadOnlyList<ExperimentInfo>> ListAsync() =>
        Task.FromResult<IReadOnlyList<ExperimentInfo>>(_entries.Values.Select(e => e.Info).OrderByDescending(i => i.StartedUtc).ToArray());

    public async Task<ExperimentInfo> CancelAsync(string id)
    {
        var entry = Find(id);
        entry.OnProgress(await grains.Experiment(id).Cancel());
        return entry.Info;
    }

    public async Task<ExperimentOutcome?> OutcomeAsync(string id)
    {
        var entry = Find(id);
        if (entry.Outcome is { } done) return done;
        if ((await GetAsync(id)).Status != ExperimentStatus.Completed) return null;
        return entry.Outcome = new ExperimentOutcome(entry.Plan, await ExperimentResults.ReadCompareAsync(grains, id));
    }

    private Entry Find(string id) =>
        id is { Length: > 0 and <= 64 } && _entries.TryGetValue(id, out var entry) ? entry : throw new ApiErrorException(ApiError.NotFound("experiment", id ?? ""));

    /// <summary>One launched experiment: its plan, latest progress, and the observer the grain pushes progress to.</summary>
    private sealed class Entry(ExperimentPlan plan, ExperimentInfo info, IExperimentPublisher publisher, ILogger log) : IExperimentObserver
    {
        private readonly SemaphoreSlim _order = new(1, 1);
        public ExperimentPlan Plan { get; } = plan;
        public volatile ExperimentInfo Info = info;
        public volatile ExperimentOutcome? Outcome;
        public ObserverSubscription? Watch;

        public void OnProgress(ExperimentProgress progress)
        {
            Update(progress);
            var snapshot = Info;
            _ = ForwardAsync(snapshot);
            if (snapshot.IsOver) _ = StopWatchingAsync();
        }

        public void Update(ExperimentProgress p)
        {
            var status = p.Status switch
            {
                GrainStatus.Completed => ExperimentStatus.Completed,
                GrainStatus.Cancelled => ExperimentStatus.Cancelled,
                GrainStatus.Failed => ExperimentStatus.Failed,
                _ => ExperimentStatus.Running,
            };
            var current = Info;
            // Progress only moves forward: a late push never undoes a later one.
            if (current.IsOver || p.Finished < current.Finished) return;
            Info = current with { Status = status, Finished = p.Finished, Total = p.Total, Seconds = (DateTimeOffset.UtcNow - current.StartedUtc).TotalSeconds, Error = p.Error };
        }

        public async Task StopWatchingAsync()
        {
            if (Interlocked.Exchange(ref Watch, null) is { } watch) await watch.DisposeAsync();
        }

        /// <summary>Pushes go out one at a time, in the order the grain sent them.</summary>
        private async Task ForwardAsync(ExperimentInfo snapshot)
        {
            await _order.WaitAsync();
            try { await publisher.ProgressAsync(snapshot); }
            catch (Exception e) { log.LogWarning(e, "Forwarding progress of experiment {Id} failed", snapshot.Id); }
            finally { _order.Release(); }
        }
    }
}
