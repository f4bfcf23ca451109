using Sandbox.Sim.Engine;
using Sandbox.Sim.Rules;

namespace Sandbox.Bench;

/// <summary>
/// What one run of the kernel does — the random numbers drawing its population took and, per week, the agents
/// present, each visit and each hire with what that client's turn drew and counted, the candidates kept, the
/// vacancy board's sizes and the market's draws and counts — recorded once so the floor benchmark can repeat
/// exactly that much drawing and memory traffic, client by client.
/// </summary>
public sealed class WorkProfile
{
    public required int[] Present { get; init; }

    /// <summary>Visited[w]: the clients the kernel visited in week w, in id order.</summary>
    public required int[][] Visited { get; init; }

    /// <summary>Visits[w][v]: what the visit to Visited[w][v] did.</summary>
    public required VisitWork[][] Visits { get; init; }

    /// <summary>Hires[w]: the clients hired in week w's hiring phase, in the kernel's order, and what each hire did.</summary>
    public required HireWork[][] Hires { get; init; }

    public required int[] Candidates { get; init; }

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

    /// <summary>Counter increments the market's settlement made per week (offers by spell band).</summary>
    public required long[] MarketCounts { get; init; }

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
        var visits = new VisitWork[weeks][];
        var hires = new HireWork[weeks][];
        var candidates = new int[weeks];
        int[] posted = new int[weeks], published = new int[weeks], kept = new int[weeks];
        var marketDraws = new long[weeks];
        var marketCounts = new long[weeks];
        var recorder = new TurnRecorder(new TurnLog());
        for (int w = 0; w < weeks; w++)
        {
            var log = recorder.Log;
            log.StartWeek();
            sim.Step(ref recorder);
            var tally = sim.LastWeek;
            // Every draw and count of the week is a turn's or the market's, else the floor would do less than the kernel did.
            if (log.Draws != tally.Draws) throw new InvalidOperationException($"week {w}: turns drew {log.Draws}, the week {tally.Draws}");
            if (log.Counts != tally.Increments()) throw new InvalidOperationException($"week {w}: turns and market counted {log.Counts}, the week {tally.Increments()}");
            present[w] = p.EnteredBy[w];
            visited[w] = [.. log.VisitedAgents];
            visits[w] = [.. log.Visits];
            // In id order, as the floor's scan finds them: the kernel visits them grouped by kind (VisitKinds),
            // an order chosen for its branches, which the floor has none of.
            Array.Sort(visited[w], visits[w]);
            hires[w] = [.. log.Hires];
            marketCounts[w] = log.MarketCounts;
            candidates[w] = sim.LastWeekCandidates;
            posted[w] = sim.Market.PostedThisWeek;
            published[w] = sim.Market.PublishedThisWeek;
            kept[w] = sim.Market.OpenCount;
            marketDraws[w] = sim.Market.DrawsThisWeek;
        }
        WithNextVisits(visited, visits, hires, p.AgentCapacity);
        return new WorkProfile
        {
            Present = present, Visited = visited, Visits = visits, Hires = hires, Candidates = candidates,
            PopulationDraws = populationDraws, GroupKeys = population.Select(js => js.GroupKey).ToArray(),
            Posted = posted, Published = published, Kept = kept, MarketDraws = marketDraws, MarketCounts = marketCounts,
            Columns = sim.Layout.Count,
        };
    }

    /// <summary>
    /// Fills in the week each visited or hired client is next visited (int.MaxValue: never), which is the wake
    /// week the kernel wrote for it: a hire is written after the week's visits, so both see the same next week.
    /// </summary>
    private static void WithNextVisits(int[][] visited, VisitWork[][] visits, HireWork[][] hires, int agents)
    {
        var upcoming = new int[agents];
        Array.Fill(upcoming, int.MaxValue);
        for (int w = visited.Length - 1; w >= 0; w--)
        {
            for (int h = 0; h < hires[w].Length; h++) hires[w][h] = hires[w][h] with { NextVisit = upcoming[hires[w][h].Agent] };
            for (int v = 0; v < visited[w].Length; v++) visits[w][v] = visits[w][v] with { NextVisit = upcoming[visited[w][v]] };
            foreach (int i in visited[w]) upcoming[i] = w;
        }
    }

    /// <summary>The week's turns as the kernel shows them, each with the draws, counts and waiting entries it added.</summary>
    private sealed class TurnLog
    {
        public List<int> VisitedAgents { get; } = [];
        public List<VisitWork> Visits { get; } = [];
        public List<HireWork> Hires { get; } = [];
        public long MarketCounts { get; private set; }
        public long Draws { get; private set; }
        public long Counts { get; private set; }
        private int _waits;

        public void StartWeek()
        {
            VisitedAgents.Clear();
            Visits.Clear();
            Hires.Clear();
            Draws = Counts = MarketCounts = _waits = 0;
        }

        public void Visited(int agent, AgentOutputs o)
        {
            var (draws, counts, waits) = Since(o);
            VisitedAgents.Add(agent);
            Visits.Add(new VisitWork(0, Small(draws, "draws"), Small(counts, "counts"), Small(waits, "waiting entries")));
        }

        public void Settled(AgentOutputs o)
        {
            var (draws, counts, waits) = Since(o);
            if (draws != 0 || waits != 0) throw new InvalidOperationException("the market's settlement drew under a client's key or wrote a waiting list");
            MarketCounts = counts;
        }

        public void Hired(int agent, AgentOutputs o)
        {
            var (draws, counts, waits) = Since(o);
            if (waits != 0) throw new InvalidOperationException("a hire put a client on a waiting list");
            Hires.Add(new HireWork(agent, 0, Small(draws, "draws"), Small(counts, "counts")));
        }

        /// <summary>What the turn that just ended added to the week's running totals.</summary>
        private (long Draws, long Counts, int Waits) Since(AgentOutputs o)
        {
            long counts = o.Tally.Increments();
            int waits = o.Waiting.Sum(list => list.Count);
            var turn = (o.Tally.Draws - Draws, counts - Counts, waits - _waits);
            (Draws, Counts, _waits) = (o.Tally.Draws, counts, waits);
            return turn;
        }

        private static byte Small(long n, string what) =>
            n is >= 0 and <= byte.MaxValue ? (byte)n : throw new InvalidOperationException($"a turn made {n} {what}, more than a profile byte holds");
    }

    private readonly struct TurnRecorder(TurnLog log) : ITurnObserver
    {
        public TurnLog Log { get; } = log;

        public void Visited(int agent, AgentOutputs outputs) => Log.Visited(agent, outputs);

        public void Settled(AgentOutputs outputs) => Log.Settled(outputs);

        public void Hired(int agent, AgentOutputs outputs) => Log.Hired(agent, outputs);
    }
}

/// <summary>One visit's work: the client's next visit week (the wake week the kernel wrote), the random numbers its rules drew, the counter increments and the waiting-list entries it made.</summary>
public readonly record struct VisitWork(int NextVisit, byte Draws, byte Counts, byte Waits);

/// <summary>One hire's work: the client, its next visit week, the random numbers and counter increments of the hire.</summary>
public readonly record struct HireWork(int Agent, int NextVisit, byte Draws, byte Counts);
