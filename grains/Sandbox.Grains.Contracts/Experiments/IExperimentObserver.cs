namespace Sandbox.Grains.Experiments;

/// <summary>Receives an experiment's progress as runs finish; hosts forward it to their own clients.</summary>
[Alias("sandbox.experiment-observer")]
public interface IExperimentObserver : IGrainObserver
{
    [Alias("progress")] void OnProgress(ExperimentProgress progress);
}
