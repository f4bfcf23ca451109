using Sandbox.Dashboard.Journeys;
using Sandbox.Dashboard.Live;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Tests;

/// <summary>
/// Live runs whose start answers only after a running run has published its first week (its second has begun),
/// as it can on a loaded two-core machine where the caller's continuation waits for a thread. Anything that
/// subscribes to a run's weeks after its start returns would miss week 1 here every time, not once in a while.
/// </summary>
public sealed class LateStartRuns(ILiveRuns inner) : ILiveRuns
{
    public async Task<LiveRunInfo> StartAsync(Scenario scenario, LiveRunSettings settings)
    {
        var run = await inner.StartAsync(scenario, settings);
        if (settings.Paused) return run;
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < until && (await inner.ListAsync()).First(r => r.RunId == run.RunId) is { Week: < 2, IsOver: false })
            await Task.Delay(5);
        return run;
    }

    public Task<LiveRunInfo> PauseAsync(string runId) => inner.PauseAsync(runId);
    public Task<LiveRunInfo> ResumeAsync(string runId) => inner.ResumeAsync(runId);
    public Task<LiveRunInfo> StepAsync(string runId) => inner.StepAsync(runId);
    public Task<LiveRunInfo> ResetAsync(string runId) => inner.ResetAsync(runId);
    public Task<LiveRunInfo> StopAsync(string runId) => inner.StopAsync(runId);
    public Task<LiveRunInfo> SetSpeedAsync(string runId, double weeksPerSecond) => inner.SetSpeedAsync(runId, weeksPerSecond);
    public Task<IReadOnlyList<LiveRunInfo>> ListAsync() => inner.ListAsync();
    public Task<LiveSnapshot> SnapshotAsync(string runId) => inner.SnapshotAsync(runId);
    public Task<LiveRunData> DataAsync(string runId) => inner.DataAsync(runId);
    public Task<IReadOnlyList<ClientRecord>> ClientsAsync(string runId) => inner.ClientsAsync(runId);
    public Task<ClientRecord> ClientAsync(string runId, int client) => inner.ClientAsync(runId, client);
}
