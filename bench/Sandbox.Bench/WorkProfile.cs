using Sandbox.Sim.Engine;

namespace Sandbox.Bench;

/// <summary>
/// What one run of the kernel does per week — agents present, the clients it visited (which, in what order),
/// random numbers drawn, counters incremented, candidates kept — recorded once so the floor benchmark can repeat
/// exactly that much drawing and memory traffic.
/// </summary>
public sealed class WorkProfile
{
    public required int[] Present { get; init; }
    public required int[][] Visited { get; init; }
    public required long[] Draws { get; init; }
    public required int[] Candidates { get; init; }

    /// <summary>Counter increments the kernel's rules made per week (<see cref="Sandbox.Sim.Metrics.WeekTally.Increments"/>).</summary>
    public required long[] Increments { get; init; }

    /// <summary>NextVisit[w][v]: the week the client of Visited[w][v] is next visited (int.MaxValue: never), the wake week the kernel wrote.</summary>
    public required int[][] NextVisit { get; init; }

    public long JobseekerWeeks => Present.Sum(p => (long)p);

    public static WorkProfile Record(ModelParameters p)
    {
        var sim = new KernelSimulation(p);
        var present = new int[p.Weeks];
        var visited = new int[p.Weeks][];
        var draws = new long[p.Weeks];
        var apps = new int[p.Weeks];
        var increments = new long[p.Weeks];
        for (int w = 0; w < p.Weeks; w++)
        {
            sim.Step();
            present[w] = p.EnteredBy[w];
            visited[w] = sim.LastWeekVisited.ToArray();
            draws[w] = sim.LastWeek.Draws;
            apps[w] = sim.LastWeekCandidates;
            increments[w] = sim.LastWeek.Increments();
        }
        return new WorkProfile { Present = present, Visited = visited, Draws = draws, Candidates = apps, Increments = increments, NextVisit = NextVisits(visited, p.AgentCapacity) };
    }

    private static int[][] NextVisits(int[][] visited, int agents)
    {
        var next = new int[visited.Length][];
        var upcoming = new int[agents];
        Array.Fill(upcoming, int.MaxValue);
        for (int w = visited.Length - 1; w >= 0; w--)
        {
            next[w] = new int[visited[w].Length];
            for (int v = 0; v < visited[w].Length; v++) next[w][v] = upcoming[visited[w][v]];
            foreach (int i in visited[w]) upcoming[i] = w;
        }
        return next;
    }
}
