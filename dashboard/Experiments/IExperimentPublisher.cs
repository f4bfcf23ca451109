namespace Sandbox.Dashboard.Experiments;

/// <summary>Where experiment progress goes; the hub's publisher forwards it to the experiment's SignalR group.</summary>
public interface IExperimentPublisher
{
    Task ProgressAsync(ExperimentInfo info);
}
