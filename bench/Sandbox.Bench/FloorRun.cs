using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;

namespace Sandbox.Bench;

/// <summary>
/// The floor: the kernel's run with the model taken out. It draws as many random numbers as drawing the population
/// took, writing each client's struct into a new array as the kernel does; then every week it reads back last week's
/// waiting-list entries (the agencies' admissions), posts as many vacancies and rebuilds a board as large as the
/// kernel's, finds the clients due as the kernel does (the kernel's own branch-free scan of every present client's
/// wake week), visits them (read the admission byte, read and write the struct, fetched into the cache as far ahead
/// as the kernel fetches, write the wake week the kernel wrote) and gives each exactly the work its turn in the
/// kernel did: as many counter increments at its profile key, as many random numbers under its agent-week key (one
/// mix per number), as many waiting-list entries; writes then reads back as many interviewed candidates, draws the
/// market's outside-applicant numbers and counts its offers, compacts the board to the size the kernel left, gives
/// each hired client its struct write, wake week, counts and numbers, and writes a row of as many metrics. No model
/// logic; what is left is the irreducible cost of that schedule, those draws and that memory, client by client.
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
        m.WaitCount = 0;
        for (int w = 0; w < profile.Present.Length; w++)
        {
            bits ^= Admit(m);
            bits ^= OpenBoard(p, profile, m, w);
            bits ^= VisitClients(p, profile, m, agents, w);
            checksum += Shortlist(profile, m, w, bits);
            bits ^= SettleBoard(p, profile, m, w);
            bits ^= Hire(p, profile, m, agents, w);
            WriteMetrics(m.Tally, values.AsSpan(w * profile.Columns, profile.Columns));
        }
        return checksum + (bits & 1) + agents[0].Trust + values[^1];
    }

    /// <summary>One run that also checks, client by client, that the floor's scan finds the clients the kernel visited; for set-up, outside the timings.</summary>
    public static void Check(ModelParameters p, WorkProfile profile, FloorMemory m)
    {
        m.Verify = true;
        try { Run(p, profile, m); }
        finally { m.Verify = false; }
    }

    /// <summary>A new population array, each struct written once, and the population's draws under each client's profile key.</summary>
    private static ulong DrawPopulation(ModelParameters p, WorkProfile profile, FloorMemory m, out Jobseeker[] agents)
    {
        agents = new Jobseeker[p.AgentCapacity];
        long perAgent = profile.PopulationDraws / agents.Length, extra = profile.PopulationDraws % agents.Length;
        ulong all = 0;
        for (int i = 0; i < agents.Length; i++)
        {
            long k = perAgent + (i < extra ? 1 : 0);
            ulong bits = Numbers(CounterRng.AgentWeekKey(p.SeedKey, i, -1), Purpose.Sampling, 0, k);
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
        ulong bits = Uniform(countKey, Purpose.VacancyPosting, 0) ^ Numbers(key, Purpose.VacancySkill, 1, postingDraws);
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
        if (m.Verify && !m.Due.AsSpan(0, due).SequenceEqual(profile.Visited[w])) throw new InvalidOperationException($"week {w}: the scan found other clients than the kernel visited");
        var visits = profile.Visits[w];
        var tally = m.Tally;
        Array.Clear(tally);
        m.WaitCount = 0;
        ulong bits = 0;
        for (int v = 0; v < due; v++)
        {
            if (v + KernelSimulation.PrefetchAhead < due) CacheHint.Fetch(ref agents[m.Due[v + KernelSimulation.PrefetchAhead]]);
            int i = m.Due[v];
            var work = visits[v];
            ref var js = ref agents[i];
            js.Trust = js.Trust * 0.999f + 0.0005f + m.Admitted[i];
            m.Wake[i] = work.NextVisit;
            bits ^= Turn(p, m, js, i, w, work.Draws, work.Counts);
            for (int e = 0; e < work.Waits; e++) m.Waiting[m.WaitCount++] = new WaitEntry(js.StageSince[e], i, (byte)e);
        }
        return bits;
    }

    /// <summary>
    /// The hired clients' structs written and their wake weeks set, with the numbers and counts of each hire
    /// (a hire keys its own draws: it comes after every client's turn).
    /// </summary>
    private static ulong Hire(ModelParameters p, WorkProfile profile, FloorMemory m, Jobseeker[] agents, int w)
    {
        ulong bits = 0;
        foreach (var hire in profile.Hires[w])
        {
            ref var js = ref agents[hire.Agent];
            js.JobStart = (short)w;
            m.Wake[hire.Agent] = hire.NextVisit;
            bits ^= Turn(p, m, js, hire.Agent, w, hire.Draws, hire.Counts);
        }
        return bits;
    }

    /// <summary>One client's counters, at its profile key as the kernel's rules count them, and its draws under one agent-week key.</summary>
    private static ulong Turn(ModelParameters p, FloorMemory m, in Jobseeker js, int agent, int w, int draws, int counts)
    {
        var tally = m.Tally;
        for (int j = 0; j < counts; j++) tally[(js.GroupKey * WeekTally.GroupCounterCount + j) & (tally.Length - 1)]++;
        return draws == 0 ? 0 : Numbers(CounterRng.AgentWeekKey(p.SeedKey, agent, w), Purpose.Sampling, 0, draws);
    }

    /// <summary>The agencies' admission: last week's waiting entries read back, each key compared once.</summary>
    private static ulong Admit(FloorMemory m)
    {
        var keys = System.Runtime.InteropServices.MemoryMarshal.Cast<WaitEntry, ulong>(m.Waiting.AsSpan(0, m.WaitCount));
        ulong first = ulong.MaxValue;
        foreach (ulong k in keys) first = Math.Min(first, k);
        return first;
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
        ulong bits = Numbers(CounterRng.AgentWeekKey(p.SeedKey, -4, w), Purpose.OutsideApplicants, 0, outsideDraws);
        var tally = m.Tally;
        for (long j = 0; j < profile.MarketCounts[w]; j++) tally[(WeekTally.Size - 1 - j) & (tally.Length - 1)]++;
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

    /// <summary>
    /// One of the model's random numbers: the uniform double in [0, 1) a rule reads (<see cref="CounterRng.ToUniform"/>),
    /// its bits folded into the checksum so the work cannot be skipped.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Uniform(ulong agentWeekKey, Purpose purpose, int index) =>
        BitConverter.DoubleToUInt64Bits(CounterRng.ToUniform(CounterRng.Bits(agentWeekKey, purpose, index)));

    /// <summary>The numbers of indices <paramref name="first"/> to <paramref name="end"/> − 1 under one key, folded together.</summary>
    private static ulong Numbers(ulong agentWeekKey, Purpose purpose, int first, long end)
    {
        ulong bits = 0;
        for (int j = first; j < end; j++) bits ^= Uniform(agentWeekKey, purpose, j);
        return bits;
    }

    /// <summary>A row of as many metrics, reading every counter of the week once, as the kernel's metrics do when they expand the profile keys into groups.</summary>
    private static void WriteMetrics(long[] tally, Span<double> row)
    {
        row.Clear();
        for (int start = 0; start < WeekTally.Size; start += row.Length)
            for (int c = 0; c < row.Length && start + c < WeekTally.Size; c++) row[c] += tally[start + c];
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

    /// <summary>Waiting-list entries written this week, as many as the kernel's agencies held.</summary>
    public WaitEntry[] Waiting { get; } = new WaitEntry[Math.Max(1, profile.Visits.Max(week => week.Sum(v => v.Waits)))];
    public int WaitCount { get; set; }

    /// <summary>Checks the scan's clients one by one against the kernel's: set by <see cref="FloorRun.Check"/>, outside the timings.</summary>
    public bool Verify { get; internal set; }
}
