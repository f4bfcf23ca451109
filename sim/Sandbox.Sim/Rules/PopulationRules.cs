using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Randomness;

namespace Sandbox.Sim.Rules;

/// <summary>
/// Draws a jobseeker's profile from (seed, id) alone, so agent 1234 is the same person in every level,
/// replication scheme and engine. Barriers come from a one-factor probit model: a latent disadvantage z,
/// shifted up for each vulnerable flag, correlates the barriers the way multi-barrier clients show (002 box 6).
/// </summary>
public static class PopulationRules
{
    private const int Profile = -1; // the "week" of profile draws

    /// <summary>Everyone who will enter the run, by id.</summary>
    public static Jobseeker[] CreateAll(ModelParameters p) => CreateAll(p, out _);

    /// <summary>Everyone who will enter the run, by id, and how many random numbers drawing them took (a benchmark's floor draws as many).</summary>
    public static Jobseeker[] CreateAll(ModelParameters p, out long draws)
    {
        var all = new Jobseeker[p.AgentCapacity];
        long count = 0;
        for (int i = 0; i < all.Length; i++) all[i] = Create(p, i, ref count);
        draws = count;
        return all;
    }

    /// <summary>
    /// The scenario settings <see cref="Create"/> depends on, as one string: runs whose keys are equal draw the
    /// same people, so a runner can draw them once and copy them (the levels of a compare share their seeds).
    /// A test perturbs every catalogued parameter and fails if one that changes the people leaves the key as it was.
    /// </summary>
    public static string InputsKey(Scenarios.Scenario s) =>
        System.Text.Json.JsonSerializer.Serialize(new { s.Seed, s.Weeks, s.Population, s.Retention }, Scenarios.ScenarioJson.Options);

    public static Jobseeker Create(ModelParameters p, int id)
    {
        long uncounted = 0;
        return Create(p, id, ref uncounted);
    }

    private static Jobseeker Create(ModelParameters p, int id, ref long draws)
    {
        var pop = p.Population;
        // Every profile draw shares the agent's profile key, mixed once.
        var draw = new Draw(p, id, Profile, ref draws);
        var js = new Jobseeker { Id = id, EntryWeek = (short)p.EntryWeekOf(id) };

        double age = draw.U(Purpose.AgeBand);
        js.AgeBand = (byte)(age < pop.YouthShare ? 0 : age < pop.YouthShare + pop.OlderShare ? 2 : 1);
        js.Female = (byte)(draw.Chance(pop.FemaleShare, Purpose.Sex) ? 1 : 0);
        double skill = draw.U(Purpose.Skill);
        js.Skill = (byte)(skill < pop.LowSkillShare ? 0 : skill < 1 - pop.HighSkillShare ? 1 : 2);

        var flags = VulnerableFlags.None;
        // Low qualifications go with low skill (003 KS1-M08); most low-skill jobseekers carry the flag.
        if (js.Skill == 0 && draw.Chance(0.8, Purpose.Flag, 0)) flags |= VulnerableFlags.LowQualifications;
        if (draw.Chance(pop.DisabilityShare, Purpose.Flag, 1)) flags |= VulnerableFlags.Disability;
        if (draw.Chance(pop.ThirdCountryShare, Purpose.Flag, 2)) flags |= VulnerableFlags.ThirdCountryNational;
        if (draw.Chance(pop.MinorityShare, Purpose.Flag, 3)) flags |= VulnerableFlags.Minority;
        js.Flags = flags;

        int flagCount = System.Numerics.BitOperations.PopCount((uint)flags);
        double rho = pop.BarrierCorrelation;
        double z = draw.Normal(Purpose.Latent) + pop.VulnerableLatentShift * flagCount;
        double idio = Math.Sqrt(1 - rho * rho);
        int count = 0;
        for (int b = 0; b < Barriers.Count; b++)
        {
            double x = rho * z + idio * draw.Normal(Purpose.Barrier, b);
            if (x <= p.PrevalenceThreshold[b]) continue;
            // Severity 1–3, heavier the further past the threshold.
            double excess = x - p.PrevalenceThreshold[b];
            int severity = excess > 1.2 ? 3 : excess > 0.5 ? 2 : 1;
            js.InitSeverity(b, severity);
            count++;
        }
        js.GroupKey = MetricGroups.KeyFor(flags, count);

        double motivation = pop.MeanMotivation + 0.2 * draw.Normal(Purpose.Motivation) - 0.03 * count;
        js.Motivation = (float)Math.Clamp(motivation, 0.05, 1.0);
        js.Trust = (float)Math.Clamp(pop.InitialTrust + 0.15 * draw.Normal(Purpose.Trust), 0.0, 1.0);

        // The initial stock arrives with elapsed spells (exponential, mean set by the scenario); the inflow starts fresh.
        int elapsed = 0;
        if (id < p.StockSize && pop.MeanEntryDurationWeeks > 0)
        {
            double u = draw.U(Purpose.EntryDuration);
            elapsed = (int)Math.Min(520, -pop.MeanEntryDurationWeeks * Math.Log(1 - u));
        }
        js.SpellStart = (short)(js.EntryWeek - elapsed);
        js.Status = LabourStatus.NotEntered;
        js.LastHandoff = short.MinValue;
        js.LeaveWeek = Hazard.NextEventWeek(js.EntryWeek, EmploymentRules.LeaveHazard(js, p.Retention),
            draw.U(Purpose.LeaveLabourForce));
        js.SeparationWeek = short.MaxValue;
        js.WeeksSinceMeeting = byte.MaxValue;
        js.ContractEnd = short.MaxValue;
        return js;
    }
}
