using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Hosting;
using Sandbox.Dashboard.Journeys;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Live;

/// <summary>
/// <see cref="ILiveRuns"/> on whichever engine the factory makes (Orleans grains by default, or the in-process
/// kernel): each run steps on its own background task. Keeps at most <see cref="DashboardOptions.MaxLiveRuns"/>
/// runs, dropping the oldest paused or finished run to make room.
/// </summary>
internal sealed class LiveRuns(ILiveEngineFactory engines, ILiveRunPublisher publisher, IOptions<DashboardOptions> options, ILogger<LiveRuns> log)
    : ILiveRuns, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, LiveRun> _runs = new(StringComparer.Ordinal);
    private readonly Lock _admit = new();

    public async Task<LiveRunInfo> StartAsync(Scenario scenario, LiveRunSettings settings)
    {
        CheckSize(scenario, options.Value.MaxLiveAgents);
        string id = NewId();
        var engine = await engines.CreateAsync(id, scenario);
        var run = new LiveRun(id, scenario, engine, settings, publisher, log);
        try
        {
            lock (_admit)
            {
                MakeRoom();
                _runs[id] = run;
            }
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
        log.LogInformation("Live run {RunId} started on {Engine}: {Scenario}, seed {Seed}, {Weeks} weeks", id, engine.Name, scenario.Name, scenario.Seed, scenario.Weeks);
        return run.Info();
    }

    public Task<LiveRunInfo> PauseAsync(string runId) => Get(runId).PauseAsync();
    public Task<LiveRunInfo> ResumeAsync(string runId) => Get(runId).ResumeAsync();
    public Task<LiveRunInfo> StepAsync(string runId) => Get(runId).StepAsync();
    public Task<LiveRunInfo> ResetAsync(string runId) => Get(runId).ResetAsync();
    public Task<LiveRunInfo> StopAsync(string runId) => Get(runId).StopAsync();
    public Task<LiveRunInfo> SetSpeedAsync(string runId, double weeksPerSecond) => Get(runId).SetSpeedAsync(weeksPerSecond);

    public Task<IReadOnlyList<LiveRunInfo>> ListAsync() =>
        Task.FromResult<IReadOnlyList<LiveRunInfo>>(_runs.Values.Select(r => r.Info()).OrderByDescending(r => r.StartedUtc).ToArray());

    public Task<LiveSnapshot> SnapshotAsync(string runId) => Task.FromResult(Get(runId).Snapshot());

    public Task<LiveRunData> DataAsync(string runId) => Task.FromResult(Get(runId).Data());

    public Task<IReadOnlyList<ClientRecord>> ClientsAsync(string runId) => Get(runId).ClientsAsync();

    public Task<ClientRecord> ClientAsync(string runId, int client) => Get(runId).ClientAsync(client);

    public async ValueTask DisposeAsync()
    {
        foreach (var run in _runs.Values) await run.DisposeAsync();
        _runs.Clear();
    }

    /// <summary>Rejects a scenario too large for the dashboard, naming the field to change.</summary>
    internal static void CheckSize(Scenario scenario, int maxAgents)
    {
        var p = new ModelParameters(scenario);
        if (p.AgentCapacity > maxAgents)
            throw new ScenarioValidationException("population.initialStock",
                p.AgentCapacity.ToString(CultureInfo.InvariantCulture) + " jobseekers over the run",
                $"at most {maxAgents.ToString("N0", CultureInfo.InvariantCulture)} jobseekers over the run in the dashboard (stock + weekly inflow × weeks); use the CLI for larger runs");
    }

    private LiveRun Get(string runId) =>
        runId is { Length: > 0 and <= 64 } && _runs.TryGetValue(runId, out var run) ? run : throw new ApiErrorException(ApiError.NotFound("run", runId ?? ""));

    private void MakeRoom()
    {
        while (_runs.Count >= options.Value.MaxLiveRuns)
        {
            var oldest = _runs.Values.Select(r => (Run: r, Info: r.Info()))
                .Where(r => r.Info.IsOver || r.Info.State is LiveRunState.Paused or LiveRunState.Created)
                .OrderBy(r => r.Info.StartedUtc).Select(r => r.Run).FirstOrDefault()
                ?? throw new ApiErrorException(ApiError.Invalid("runs", _runs.Count.ToString(CultureInfo.InvariantCulture),
                    $"at most {options.Value.MaxLiveRuns} live runs at once; wait until one finishes"));
            _runs.TryRemove(oldest.Id, out _);
            // Not awaited: a dropped run may be waiting on a slow viewer, and nobody starting a run should wait for that.
            _ = oldest.DisposeAsync().AsTask().ContinueWith(t => log.LogWarning(t.Exception, "Disposing live run {RunId} failed", oldest.Id),
                TaskContinuationOptions.OnlyOnFaulted);
        }
    }

    private static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));
}
