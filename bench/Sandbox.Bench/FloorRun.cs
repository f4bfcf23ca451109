using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;
using Sandbox.Sim.Rules;

namespace Sandbox.Bench;

/// <summary>
/// The floor: every week, visit the clients the kernel visited, in its order (read and write each struct,
/// fetched into the cache as far ahead as the kernel fetches), draw the same number of counter-based random
/// numbers as the kernel drew that week (one agent-week key per visited client, one mix per draw) and write then
/// read back as many interviewed candidates. No model logic; what is left is the irreducible cost.
/// </summary>
public static class FloorRun
{
    public static double Run(ModelParameters p, WorkProfile profile, Jobseeker[] agents, Candidate[] candidates)
    {
        double checksum = 0;
        ulong bits = 0;
        for (int w = 0; w < profile.Present.Length; w++)
        {
            var visited = profile.Visited[w];
            int n = Math.Max(1, visited.Length);
            long perAgent = profile.Draws[w] / n, extra = profile.Draws[w] % n;
            for (int v = 0; v < visited.Length; v++)
            {
                if (v + KernelSimulation.PrefetchAhead < visited.Length) CacheHint.Fetch(ref agents[visited[v + KernelSimulation.PrefetchAhead]]);
                int i = visited[v];
                ref var js = ref agents[i];
                js.Trust = js.Trust * 0.999f + 0.0005f;
                long k = perAgent + (v < extra ? 1 : 0);
                if (k == 0) continue;
                ulong key = CounterRng.AgentWeekKey(p.SeedKey, i, w);
                for (int j = 0; j < k; j++) bits ^= CounterRng.Bits(key, Purpose.Sampling, j);
            }
            int present = profile.Present[w];
            int shortlisted = profile.Candidates[w];
            for (int a = 0; a < shortlisted; a++)
                candidates[a] = new Candidate(a % present, a, bits * (1.0 / ulong.MaxValue));
            for (int a = 0; a < shortlisted; a++) checksum += candidates[a].Score;
        }
        return checksum + (bits & 1) + agents[0].Trust;
    }

    public static Jobseeker[] Population(ModelParameters p) =>
        Enumerable.Range(0, p.AgentCapacity).Select(i => PopulationRules.Create(p, i)).ToArray();
}
