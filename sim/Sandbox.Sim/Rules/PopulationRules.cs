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
    public static Jobseeker[] CreateAll(ModelParameters p)
    {
        var all = new Jobseeker[p.AgentCapacity];
        for (int i = 0; i < all.Length; i++) all[i] = Create(p, i);
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
        var pop = p.Population;
        ulong seed = p.Seed;
        var js = new Jobseeker { Id = id, EntryWeek = (short)p.EntryWeekOf(id) };

        double age = CounterRng.Uniform(seed, id, Profile, Purpose.AgeBand);
        js.AgeBand = (byte)(age < pop.YouthShare ? 0 : age < pop.YouthShare + pop.OlderShare ? 2 : 1);
        js.Female = (byte)(CounterRng.Chance(pop.FemaleShare, seed, id, Profile, Purpose.Sex) ? 1 : 0);
        double skill = CounterRng.Uniform(seed, id, Profile, Purpose.Skill);
        js.Skill = (byte)(skill < pop.LowSkillShare ? 0 : skill < 1 - pop.HighSkillShare ? 1 : 2);

        var flags = VulnerableFlags.None;
        // Low qualifications go with low skill (003 KS1-M08); most low-skill jobseekers carry the flag.
        if (js.Skill == 0 && CounterRng.Chance(0.8, seed, id, Profile, Purpose.Flag, 0)) flags |= VulnerableFlags.LowQualifications;
        if (CounterRng.Chance(pop.DisabilityShare, seed, id, Profile, Purpose.Flag, 1)) flags |= VulnerableFlags.Disability;
        if (CounterRng.Chance(pop.ThirdCountryShare, seed, id, Profile, Purpose.Flag, 2)) flags |= VulnerableFlags.ThirdCountryNational;
        if (CounterRng.Chance(pop.MinorityShare, seed, id, Profile, Purpose.Flag, 3)) flags |= VulnerableFlags.Minority;
        js.Flags = flags;

        int flagCount = System.Numerics.BitOperations.PopCount((uint)flags);
        double rho = pop.BarrierCorrelation;
        double z = CounterRng.Normal(seed, id, Profile, Purpose.Latent) + pop.VulnerableLatentShift * flagCount;
        double idio = Math.Sqrt(1 - rho * rho);
        int count = 0;
        for (int b = 0; b < Barriers.Count; b++)
        {
            double x = rho * z + idio * CounterRng.Normal(seed, id, Profile, Purpose.Barrier, b);
            if (x <= p.PrevalenceThreshold[b]) continue;
            // Severity 1–3, heavier the further past the threshold.
            double excess = x - p.PrevalenceThreshold[b];
            int severity = excess > 1.2 ? 3 : excess > 0.5 ? 2 : 1;
            js.InitSeverity(b, severity);
            count++;
        }
        js.GroupKey = MetricGroups.KeyFor(flags, count);

        double motivation = pop.MeanMotivation + 0.2 * CounterRng.Normal(seed, id, Profile, Purpose.Motivation) - 0.03 * count;
        js.Motivation = (float)Math.Clamp(motivation, 0.05, 1.0);
        js.Trust = (float)Math.Clamp(pop.InitialTrust + 0.15 * CounterRng.Normal(seed, id, Profile, Purpose.Trust), 0.0, 1.0);

        // The initial stock arrives with elapsed spells (exponential, mean set by the scenario); the inflow starts fresh.
        int elapsed = 0;
        if (id < p.StockSize && pop.MeanEntryDurationWeeks > 0)
        {
            double u = CounterRng.Uniform(seed, id, Profile, Purpose.EntryDuration);
            elapsed = (int)Math.Min(520, -pop.MeanEntryDurationWeeks * Math.Log(1 - u));
        }
        js.SpellStart = (short)(js.EntryWeek - elapsed);
        js.Status = LabourStatus.NotEntered;
        js.LastHandoff = short.MinValue;
        js.LeaveWeek = Hazard.NextEventWeek(js.EntryWeek, EmploymentRules.LeaveHazard(js, p.Retention),
            CounterRng.Uniform(seed, id, Profile, Purpose.LeaveLabourForce));
        js.SeparationWeek = short.MaxValue;
        js.WeeksSinceMeeting = byte.MaxValue;
        js.ContractEnd = short.MaxValue;
        return js;
    }
}
