using System.Collections.Concurrent;
using System.Diagnostics;
using Sandbox.Dashboard.Api;

namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// Background work in this process with the bookkeeping every experiment needs: an id, the last 30 kept,
/// progress pushed at most ten times a second and always at the end, cancellation, and the result once done.
/// Work runs on the thread pool, never on a request thread; the work itself chooses its parallelism.
/// </summary>
internal sealed class JobBoard<TResult>(IExperimentPublisher publisher, ILogger log) where TResult : class
{
    private const int Keep = 30;
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);

    /// <summary>Reports runs finished so far and the (possibly re-estimated) total.</summary>
    public delegate void Progress(int finished, int total);

    public ExperimentInfo Launch(ExperimentInfo template, Func<Progress, CancellationToken, TResult> work)
    {
        foreach (var old in _jobs.Values.Where(j => j.Info.IsOver).OrderBy(j => j.Info.StartedUtc).Take(Math.Max(0, _jobs.Count - Keep + 1)))
            _jobs.TryRemove(old.Info.Id, out _);
        string id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
        var job = new Job(template with { Id = id, Status = ExperimentStatus.Running, Finished = 0, StartedUtc = DateTimeOffset.UtcNow, Seconds = 0 });
        _jobs[id] = job;
        _ = Task.Run(() => RunAsync(job, work));
        return job.Info;
    }

    public bool Owns(string id) => _jobs.ContainsKey(id);

    public ExperimentInfo Get(string id) => Find(id).Info;

    public IReadOnlyList<ExperimentInfo> List() => _jobs.Values.Select(j => j.Info).ToArray();

    public ExperimentInfo Cancel(string id)
    {
        var job = Find(id);
        job.Cancel.Cancel();
        return job.Info;
    }

    /// <summary>The result, or null while the work runs (or if it failed or was cancelled).</summary>
    public TResult? Result(string id) => Find(id).Result;

    private Job Find(string id) =>
        id is { Length: > 0 and <= 64 } && _jobs.TryGetValue(id, out var job) ? job : throw new ApiErrorException(ApiError.NotFound("experiment", id ?? ""));

    private async Task RunAsync(Job job, Func<Progress, CancellationToken, TResult> work)
    {
        int done = 0;
        long lastPush = 0;
        var clock = Stopwatch.StartNew();
        try
        {
            var result = work((finished, total) =>
            {
                Interlocked.Exchange(ref done, finished);
                long now = clock.ElapsedMilliseconds, last = Interlocked.Read(ref lastPush);
                if (finished < total && now - last >= 100 && Interlocked.CompareExchange(ref lastPush, now, last) == last)
                {
                    job.Update(ExperimentStatus.Running, finished, clock.Elapsed.TotalSeconds, total: total);
                    _ = publisher.ProgressAsync(job.Info);
                }
            }, job.Cancel.Token);
            job.Result = result;
            // An adaptive total was an estimate until the stopping rule said stop: the runs done are the total.
            int final = done > 0 ? done : job.Info.Total;
            job.Update(ExperimentStatus.Completed, final, clock.Elapsed.TotalSeconds, total: final);
        }
        catch (OperationCanceledException)
        {
            job.Update(ExperimentStatus.Cancelled, done, clock.Elapsed.TotalSeconds);
        }
        catch (Exception e)
        {
            log.LogError(e, "Experiment {Id} failed", job.Info.Id);
            job.Update(ExperimentStatus.Failed, done, clock.Elapsed.TotalSeconds, e is Sandbox.Sim.Scenarios.ScenarioValidationException or ArgumentException ? e.Message : "the experiment failed: " + e.Message);
        }
        await publisher.ProgressAsync(job.Info);
    }

    private sealed class Job(ExperimentInfo info)
    {
        public volatile ExperimentInfo Info = info;
        public volatile TResult? Result;
        public readonly CancellationTokenSource Cancel = new();

        public void Update(ExperimentStatus status, int finished, double seconds, string? error = null, int? total = null) =>
            Info = Info with { Status = status, Finished = finished, Total = total ?? Info.Total, Seconds = seconds, Error = error };
    }
}
