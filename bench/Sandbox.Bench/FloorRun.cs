using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;
using Sandbox.Sim.Rules;

namespace Sandbox.Bench;

/// <summary>
/// The floor: every week, find the clients due as the kernel does (a branch-free scan of every present client's
/// wake week into a due list), visit them in that order (read the admission byte, read and write the struct,
/// fetched into the cache as far ahead as the kernel fetches, write the wake week the kernel wrote, increment as
/// many week counters at the client's profile key as the kernel's rules did that week), draw the same
/// number of counter-based random numbers as the kernel drew that week (one agent-week key per visited client, one
/// mix per draw) and write then read back as many interviewed candidates. No model logic; what is left is the
/// irreducible cost of that schedule, those draws and that memory.
/// </summary>
public static class FloorRun
{
    public static double Run(ModelParameters p, WorkProfile profile, FloorMemory m)
    {
        double checksum = 0;
        ulong bits = 0;
        var agents = m.Agents;
        Array.Clear(m.Wake);
        for (int w = 0; w < profile.Present.Length; w++)
        {
            int due = KernelSimulation.CollectInIdOrder(m.Wake.AsSpan(0, profile.Present[w]), m.Due, w);
            // The scan must find the very clients the kernel visited: else the floor measures another schedule.
            if (due != profile.Visited[w].Length) throw new InvalidOperationException($"week {w}: {due} due, the kernel visited {profile.Visited[w].Length}");
            var next = profile.NextVisit[w];
            var tally = m.Tally;
            Array.Clear(tally);
            int n = Math.Max(1, due);
            long perAgent = profile.Draws[w] / n, extra = profile.Draws[w] % n;
            long countsPerAgent = profile.Increments[w] / n, countsExtra = profile.Increments[w] % n;
            for (int v = 0; v < due; v++)
            {
                if (v + KernelSimulation.PrefetchAhead < due) CacheHint.Fetch(ref agents[m.Due[v + KernelSimulation.PrefetchAhead]]);
                int i = m.Due[v];
                ref var js = ref agents[i];
                js.Trust = js.Trust * 0.999f + 0.0005f + m.Admitted[i];
                m.Wake[i] = next[v];
                // The client's counters, at its profile key as the kernel's rules count them.
                long c = countsPerAgent + (v < countsExtra ? 1 : 0);
                for (int j = 0; j < c; j++) tally[(js.GroupKey * WeekTally.GroupCounterCount + j) & (tally.Length - 1)]++;
                long k = perAgent + (v < extra ? 1 : 0);
                if (k == 0) continue;
                ulong key = CounterRng.AgentWeekKey(p.SeedKey, i, w);
                for (int j = 0; j < k; j++) bits ^= CounterRng.Bits(key, Purpose.Sampling, j);
            }
            int present = profile.Present[w];
            int shortlisted = profile.Candidates[w];
            var candidates = m.Candidates;
            for (int a = 0; a < shortlisted; a++)
                candidates[a] = new Candidate(a % present, a, bits * (1.0 / ulong.MaxValue));
            for (int a = 0; a < shortlisted; a++) checksum += candidates[a].Score;
            checksum += tally[w & (tally.Length - 1)];
        }
        return checksum + (bits & 1) + agents[0].Trust;
    }
}

/// <summary>The memory the floor touches, sized like the kernel's: the population, admissions, wake weeks, due list, week counters and candidates.</summary>
public sealed class FloorMemory(ModelParameters p, WorkProfile profile)
{
    public Jobseeker[] Agents { get; } = PopulationRules.CreateAll(p);
    public byte[] Admitted { get; } = new byte[p.AgentCapacity];
    public int[] Wake { get; } = new int[p.AgentCapacity];
    public int[] Due { get; } = new int[p.AgentCapacity];
    /// <summary>Week counters, a power of two at least as large as the kernel's tally.</summary>
    public long[] Tally { get; } = new long[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)WeekTally.Size)];
    public Candidate[] Candidates { get; } = new Candidate[Math.Max(1, profile.Candidates.Max())];
}
