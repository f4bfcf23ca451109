using Orleans.Concurrency;
using Sandbox.Sim.Metrics;

namespace Sandbox.Grains.Experiments;

/// <summary>
/// One kernel run of an experiment (key: <c>{experimentId}/{runIndex}</c>), placed at random so runs spread
/// over all silos. <see cref="Ensure"/> starts the run in the background and returns at once; the result is
/// written to grain storage before the experiment is told, so a finished run survives any silo's loss.
/// </summary>
[Alias("sandbox.run")]
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>Starts the run unless it is running or done; returns the outcome once it is done, else null.</summary>
    [ResponseTimeout("00:00:10"), Alias("ensure")] Task<RunOutcome?> Ensure(RunRequest request);

    [ReadOnly, Alias("outcome")] Task<RunOutcome?> GetOutcome();

    /// <summary>The stored result, or null while the run is not finished.</summary>
    [ReadOnly, Alias("result")] Task<RunResult?> GetResult();

    [Alias("cancel")] Task Cancel();
}
