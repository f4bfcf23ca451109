using System.IO.Hashing;
using System.Runtime.InteropServices;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Experiments;

/// <summary>One replication of one point with the in-process kernel, exactly as a single-machine sweep runs it.</summary>
internal static class KernelRun
{
    /// <summary>Runs to the end, checking for cancellation between weeks; null when cancelled.</summary>
    public static RunResult? Execute(RunRequest request, CancellationToken cancel)
    {
        var scenario = ScenarioLoader.Parse(request.ScenarioJson);
        scenario.Seed = request.Seed;
        var sim = new KernelSimulation(scenario);
        while (!sim.Finished)
        {
            if (cancel.IsCancellationRequested) return null;
            sim.Step();
        }
        return sim.Result();
    }

    /// <summary>XxHash64 of the raw metric doubles: equal digests mean bit-identical results.</summary>
    public static ulong Digest(RunResult result) => XxHash64.HashToUInt64(MemoryMarshal.AsBytes(result.Values));
}
