using Microsoft.AspNetCore.SignalR;
using Sandbox.Dashboard.Live;

namespace Sandbox.Dashboard.Hubs;

/// <summary>Forwards a live engine's weeks and status changes to the run's SignalR group on this process.</summary>
internal sealed class HubLivePublisher(IHubContext<LiveHub> hub) : ILiveRunPublisher
{
    public Task FrameAsync(LiveFrame frame) => hub.Clients.Group(LiveHub.RunGroup(frame.RunId)).SendAsync("frame", frame);

    public Task StatusAsync(LiveRunInfo run) => hub.Clients.Group(LiveHub.RunGroup(run.RunId)).SendAsync("status", run);

    public Task ResetAsync(LiveSnapshot snapshot) => hub.Clients.Group(LiveHub.RunGroup(snapshot.Run.RunId)).SendAsync("reset", snapshot);
}
