using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Seeds of replications. Replication r of every level or sweep point gets the same seed, so levels are
/// compared on the same people and the same luck (common random numbers); replication 0 is the scenario's
/// own seed, so a single <c>run</c> equals the first replication of a <c>compare</c>.
/// </summary>
public static class Replications
{
    public static long Seed(long baseSeed, int replication) =>
        replication == 0 ? baseSeed : (long)(CounterRng.Bits((ulong)baseSeed, replication, 0, Purpose.Replication) >> 1);
}
