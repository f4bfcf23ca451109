using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;

namespace Sandbox.Bench;

/// <summary>
/// The floor: the kernel's run with the model taken out. It draws as many random numbers as drawing the population
/// took, writing each client's struct into a new array as the kernel does; then every week it posts as many
/// vacancies and rebuilds a board as large as the kernel's, finds the clients due as the kernel does (the kernel's
/// own branch-free scan of every present client's wake week), visits them in that order (read the admission byte,
/// read and write the struct, fetched into the cache as far ahead as the kernel fetches, write the wake week the
/// kernel wrote, increment as many week counters at the client's profile key as the kernel's rules did), draws as
/// many numbers as the clients' rules drew (one agent-week key per visited client, one mix per draw), writes then
/// reads back as many interviewed candidates, draws the market's outside-applicant numbers over the board and
/// compacts it to the size the kernel left, and writes a row of as many metrics. No model logic; what is left is
/// the irreducible cost of that schedule, those draws and that memory.
/// </summary>
public static class FloorRun
{
    public static double Run(ModelParameters p, WorkProfile profile, FloorMemory m)
    {
        ulong bits = DrawPopulation(p, profile, m, out var agents);
        var values = new double[profile.Present.Length * profile.Columns];
        double checksum = 0;
        Array.Clear(m.Wake);
        m.BoardCount = 0;
        for (int w = 0; w < profile.Present.Length; w++)
        {
            bits ^= OpenBoard(p, profile, m, w);
            bits ^= VisitClients(p, profile, m, agents, w);
            checksum += Shortlist(profile, m, w, bits);
            bits ^= SettleBoard(p, profile, m, w);
            WriteMetrics(m.Tally, values.AsSpan(w * profile.Columns, profile.Columns));
        }
        return checksum + (bits & 1) + agents[0].Trust + values[^1];
    }

    /// <summary>A new population array, each struct written once, and the population's draws under each client's profile key.</summary>
    private static ulong DrawPopulation(ModelParameters p, WorkProfile profile, FloorMemory m, out Jobseeker[] agents)
    {
        agents = new Jobseeker[p.AgentCapacity];
        long perAgent = profile.PopulationDraws / agents.Length, extra = profile.PopulationDraws % agents.Length;
        ulong all = 0;
        for (int i = 0; i < agents.Length; i++)
        {
            ulong key = CounterRng.AgentWeekKey(p.SeedKey, i, -1), bits = 0;
            long k = perAgent + (i < extra ? 1 : 0);
            for (int j = 0; j < k; j++) bits ^= CounterRng.Bits(key, Purpose.Sampling, j);
            ref var js = ref agents[i];
            js.Id = i;
            js.GroupKey = profile.GroupKeys[i];
            js.Trust = (float)CounterRng.ToUniform(bits);
            all ^= bits;
        }
        return all;
    }

    /// <summary>
    /// The week's postings (their share of the market's draws, at most three a vacancy as the kernel's postings
    /// draw) written as vacancies, then the board rebuilt at the size the kernel published: last week's survivors
    /// first, then the new ones, and an empty best offer per entry.
    /// </summary>
    private static ulong OpenBoard(ModelParameters p, WorkProfile profile, FloorMemory m, int w)
    {
        int posted = profile.Posted[w], published = profile.Published[w];
        long postingDraws = PostingDraws(profile, w);
        ulong countKey = CounterRng.AgentWeekKey(p.SeedKey, -2, w), key = CounterRng.AgentWeekKey(p.SeedKey, -3, w);
        ulong bits = CounterRng.Bits(countKey, Purpose.VacancyPosting, 0);
        for (int j = 1; j < postingDraws; j++) bits ^= CounterRng.Bits(key, Purpose.VacancySkill, j);
        for (int n = 0; n < posted; n++)
            m.Posted[n] = new Vacancy(n, (int)(bits >> 40), (byte)((bits >> n) & 1), (bits & 1) != 0, (short)w, (short)(w + 8));

        var open = m.Open;
        var next = m.Next;
        int survivors = Math.Min(m.BoardCount, published);
        Array.Copy(open, next, survivors);
        for (int i = survivors; i < published; i++) next[i] = m.Posted[(i - survivors) % Math.Max(1, posted)];
        (m.Open, m.Next) = (next, open);
        for (int i = 0; i < published; i++) m.Best[i] = new Offer(i, -1, -1, next[i].Indefinite);
        return bits;
    }

    /// <summary>The postings' share of a week's market draws: the fractional vacancy and at most three numbers per vacancy posted.</summary>
    private static long PostingDraws(WorkProfile profile, int w) => Math.Min(profile.MarketDraws[w], 3L * profile.Posted[w] + 1);

    private static ulong VisitClients(ModelParameters p, WorkProfile profile, FloorMemory m, Jobseeker[] agents, int w)
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
        ulong bits = 0;
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
        return bits;
    }

    /// <summary>As many interviewed candidates written, read back and kept against a vacancy's best offer as the kernel kept.</summary>
    private static double Shortlist(WorkProfile profile, FloorMemory m, int w, ulong bits)
    {
        int present = profile.Present[w], shortlisted = profile.Candidates[w], board = Math.Max(1, profile.Published[w]);
        var candidates = m.Candidates;
        for (int a = 0; a < shortlisted; a++)
            candidates[a] = new Candidate(a % present, a % board, bits * (1.0 / ulong.MaxValue));
        double checksum = 0;
        for (int a = 0; a < shortlisted; a++)
        {
            ref readonly var c = ref candidates[a];
            m.Best[c.Vacancy] = new Offer(c.Vacancy, c.Agent, c.Score, m.Best[c.Vacancy].Indefinite);
            checksum += c.Score;
        }
        return checksum;
    }

    /// <summary>
    /// The rest of the market's draws (one outside-applicant number per vacancy on the board and more for the
    /// contested), a filled flag per vacancy, and the board compacted to the size the kernel left open.
    /// </summary>
    private static ulong SettleBoard(ModelParameters p, WorkProfile profile, FloorMemory m, int w)
    {
        int published = profile.Published[w], kept = profile.Kept[w];
        long outsideDraws = profile.MarketDraws[w] - PostingDraws(profile, w);
        ulong key = CounterRng.AgentWeekKey(p.SeedKey, -4, w), bits = 0;
        for (int j = 0; j < outsideDraws; j++) bits ^= CounterRng.Bits(key, Purpose.OutsideApplicants, j);
        var open = m.Open;
        var filled = m.Filled;
        int dropped = published - kept;
        for (int v = 0; v < published; v++) filled[v] = v < dropped;
        int at = 0;
        for (int i = 0; i < published; i++)
        {
            open[at] = open[i];
            at += filled[i] ? 0 : 1;
            filled[i] = false;
        }
        m.BoardCount = at;
        return bits;
    }

    private static void WriteMetrics(long[] tally, Span<double> row)
    {
        for (int c = 0; c < row.Length; c++) row[c] = tally[c & (tally.Length - 1)];
    }
}

/// <summary>
/// The memory the floor keeps between runs, sized like the kernel's: admissions, wake weeks, due list, week
/// counters, candidates and the vacancy board. The population array and the metrics are allocated per run, as the
/// kernel allocates them.
/// </summary>
public sealed class FloorMemory(ModelParameters p, WorkProfile profile)
{
    public byte[] Admitted { get; } = new byte[p.AgentCapacity];
    public int[] Wake { get; } = new int[p.AgentCapacity];
    public int[] Due { get; } = new int[p.AgentCapacity];
    /// <summary>Week counters, a power of two at least as large as the kernel's tally.</summary>
    public long[] Tally { get; } = new long[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)WeekTally.Size)];
    public Candidate[] Candidates { get; } = new Candidate[Math.Max(1, profile.Candidates.Max())];

    public Vacancy[] Posted { get; } = new Vacancy[Math.Max(1, profile.Posted.Max())];
    public Vacancy[] Open { get; set; } = new Vacancy[Math.Max(1, profile.Published.Max())];
    public Vacancy[] Next { get; set; } = new Vacancy[Math.Max(1, profile.Published.Max())];
    public Offer[] Best { get; } = new Offer[Math.Max(1, profile.Published.Max())];
    public bool[] Filled { get; } = new bool[Math.Max(1, profile.Published.Max())];
    public int BoardCount { get; set; }
}
