using System.Collections.Concurrent;
using System.Diagnostics;
using Sandbox.Dashboard.Api;

namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// <see cref="IExperiments"/> on this process: runs go in parallel on all but one core (live runs keep one),
/// through the shared compare runner. Progress is pushed at most ten times a second, and always at the end.
/// </summary>
internal sealed class InProcessExperiments(IExperimentPublisher publisher, ILogger<InProcessExperiments> log) : IExperiments
{
    private const int Keep = 30;
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);

    public Task<ExperimentInfo> LaunchAsync(ExperimentPlan plan)
    {
        foreach (var old in _jobs.Values.Where(j => j.Info.IsOver).OrderBy(j => j.Info.StartedUtc).Take(Math.Max(0, _jobs.Count - Keep + 1)))
            _jobs.TryRemove(old.Info.Id, out _);
        string id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
        var job = new Job(id, plan);
        _jobs[id] = job;
        job.Task = Task.Run(() => RunAsync(job));
        return Task.FromResult(job.Info);
    }

    public Task<ExperimentInfo> GetAsync(string id) => Task.FromResult(Find(id).Info);

    public Task<IReadOnlyList<ExperimentInfo>> ListAsync() =>
        Task.FromResult<IReadOnlyList<ExperimentInfo>>(_jobs.Values.Select(j => j.Info).OrderByDescending(i => i.StartedUtc).ToArray());

    public Task<ExperimentInfo> CancelAsync(string id)
    {
        var job = Find(id);
        job.Cancel.Cancel();
        return Task.FromResult(job.Info);
    }

    public Task<ExperimentOutcome?> OutcomeAsync(string id) => Task.FromResult(Find(id).Outcome);

    private Job Find(string id) =>
        id is { Length: > 0 and <= 64 } && _jobs.TryGetValue(id, out var job) ? job : throw new ApiErrorException(ApiError.NotFound("experiment", id ?? ""));

    private async Task RunAsync(Job job)
    {
        int total = job.Plan.Variants.Count * job.Plan.Replications, done = 0;
        long lastPush = 0;
        var clock = Stopwatch.StartNew();
        try
        {
            var outcome = await ExperimentRunner.RunAsync(job.Plan, p =>
            {
                Interlocked.Exchange(ref done, p.Completed);
                long now = clock.ElapsedMilliseconds, last = Interlocked.Read(ref lastPush);
                if (p.Completed < total && now - last >= 100 && Interlocked.CompareExchange(ref lastPush, now, last) == last)
                {
                    job.Update(ExperimentStatus.Running, p.Completed, clock.Elapsed.TotalSeconds);
                    _ = publisher.ProgressAsync(job.Info);
                }
            }, job.Cancel.Token);
            job.Outcome = outcome;
            job.Update(ExperimentStatus.Completed, total, clock.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException)
        {
            job.Update(ExperimentStatus.Cancelled, done, clock.Elapsed.TotalSeconds);
        }
        catch (Exception e)
        {
            log.LogError(e, "Experiment {Id} failed", job.Info.Id);
            job.Update(ExperimentStatus.Failed, done, clock.Elapsed.TotalSeconds, e.Message);
        }
        await publisher.ProgressAsync(job.Info);
    }

    private sealed class Job
    {
        public Job(string id, ExperimentPlan plan)
        {
            Plan = plan;
            Info = new ExperimentInfo(id, plan.Kind, plan.Name, ExperimentStatus.Running, 0, plan.Variants.Count * plan.Replications,
                plan.Variants.Select(v => v.Display()).ToArray(), plan.Replications, plan.BaseSeed, "in-process kernel", DateTimeOffset.UtcNow, 0);
        }

        public ExperimentPlan Plan { get; }
        public volatile ExperimentInfo Info;
        public volatile ExperimentOutcome? Outcome;
        public readonly CancellationTokenSource Cancel = new();
        public Task? Task;

        public void Update(ExperimentStatus status, int finished, double seconds, string? error = null) =>
            Info = Info with { Status = status, Finished = finished, Seconds = seconds, Error = error };
    }
}
