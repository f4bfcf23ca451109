using Sandbox.Sim.Engine;
using Sandbox.Sim.Rules;

namespace Sandbox.Bench;

/// <summary>
/// What one run of the kernel does — the random numbers drawing its population took and, per week, the agents
/// present, the clients it visited (which, in what order), the random numbers their rules drew, counters
/// incremented, candidates kept, the vacancy board's sizes and the market's draws — recorded once so the floor
/// benchmark can repeat exactly that much drawing and memory traffic.
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

    /// <summary>Each client's profile key, so the floor counts at the keys the kernel counts at.</summary>
    public required byte[] GroupKeys { get; init; }

    /// <summary>Random numbers drawn for the population (<see cref="Sandbox.Sim.Rules.PopulationRules.CreateAll(ModelParameters, out long)"/>).</summary>
    public required long PopulationDraws { get; init; }

    /// <summary>Vacancies posted, published (the board searched) and left open after settlement, per week.</summary>
    public required int[] Posted { get; init; }
    public required int[] Published { get; init; }
    public required int[] Kept { get; init; }

    /// <summary>Random numbers the market drew per week (postings and outside applicants).</summary>
    public required long[] MarketDraws { get; init; }

    /// <summary>Metric columns written per week.</summary>
    public required int Columns { get; init; }

    public long JobseekerWeeks => Present.Sum(p => (long)p);

    public static WorkProfile Record(ModelParameters p)
    {
        var population = PopulationRules.CreateAll(p, out long populationDraws);
        var sim = new KernelSimulation(p, new KernelOptions { Population = population });
        int weeks = p.Weeks;
        var present = new int[weeks];
        var visited = new int[weeks][];
        var draws = new long[weeks];
        var apps = new int[weeks];
        var increments = new long[weeks];
        int[] posted = new int[weeks], published = new int[weeks], kept = new int[weeks];
        var marketDraws = new long[weeks];
        for (int w = 0; w < weeks; w++)
        {
            sim.Step();
            present[w] = p.EnteredBy[w];
            visited[w] = sim.LastWeekVisited.ToArray();
            draws[w] = sim.LastWeek.Draws;
            apps[w] = sim.LastWeekCandidates;
            increments[w] = sim.LastWeek.Increments();
            posted[w] = sim.Market.PostedThisWeek;
            published[w] = sim.Market.PublishedThisWeek;
            kept[w] = sim.Market.OpenCount;
            marketDraws[w] = sim.Market.DrawsThisWeek;
        }
        return new WorkProfile
        {
            Present = present, Visited = visited, Draws = draws, Candidates = apps, Increments = increments,
            NextVisit = NextVisits(visited, p.AgentCapacity), PopulationDraws = populationDraws,
            GroupKeys = population.Select(js => js.GroupKey).ToArray(),
            Posted = posted, Published = published, Kept = kept, MarketDraws = marketDraws, Columns = sim.Layout.Count,
        };
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
