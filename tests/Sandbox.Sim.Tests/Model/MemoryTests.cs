using System.Runtime.CompilerServices;
using Sandbox.Sim.Model;

namespace Sandbox.Sim.Tests.Model;

public class MemoryTests
{
    [Fact]
    public void A_jobseeker_costs_well_under_200_bytes()
    {
        // The kernel keeps one Jobseeker struct and one admission byte per agent; everything else is per agency or vacancy.
        int perAgent = Unsafe.SizeOf<Jobseeker>() + sizeof(byte);
        Assert.True(perAgent <= 200, $"{perAgent} bytes per jobseeker");
    }

    [Fact]
    public void Kernel_memory_per_jobseeker_is_bounded()
    {
        var s = SmallScenarios.At(Sandbox.Sim.Scenarios.IntegrationLevel.FullIntegration, stock: 20_000, weeks: 104);
        GC.Collect();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var sim = new Sandbox.Sim.Engine.KernelSimulation(s);
        long agents = sim.P.AgentCapacity;
        sim.Run();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        // Everything a two-year run allocates (agents, buffers, metrics), shared out per jobseeker, stays under 200 bytes.
        Assert.True(allocated / agents < 200, $"{allocated / agents} bytes allocated per jobseeker");
    }
}
