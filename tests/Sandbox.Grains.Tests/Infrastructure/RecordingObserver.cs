using System.Collections.Concurrent;
using Sandbox.Grains.Experiments;
using Sandbox.Grains.Live;

namespace Sandbox.Grains.Tests.Infrastructure;

/// <summary>Collects what a live run or an experiment pushes, as a host's SignalR forwarder would receive it.</summary>
internal sealed class RecordingObserver : ILiveRunObserver, IExperimentObserver
{
    public ConcurrentQueue<WeekMetrics> Weeks { get; } = new();
    public ConcurrentQueue<LiveRunStatus> Statuses { get; } = new();
    public ConcurrentQueue<ExperimentProgress> Progress { get; } = new();

    public void OnWeek(WeekMetrics metrics) => Weeks.Enqueue(metrics);
    public void OnStatus(LiveRunStatus status) => Statuses.Enqueue(status);
    public void OnProgress(ExperimentProgress progress) => Progress.Enqueue(progress);
}
