using Microsoft.AspNetCore.SignalR;
using Sandbox.Dashboard.Experiments;

namespace Sandbox.Dashboard.Hubs;

/// <summary>Forwards experiment progress to the experiment's group and to everyone listing experiments.</summary>
internal sealed class HubExperimentPublisher(IHubContext<LiveHub> hub) : IExperimentPublisher
{
    public Task ProgressAsync(ExperimentInfo info) => hub.Clients.Group(LiveHub.ExperimentGroup(info.Id)).SendAsync("experiment", info);
}
