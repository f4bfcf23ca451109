using Sandbox.Sim.Model;

namespace Sandbox.Dashboard.Journeys;

/// <summary>
/// One client as the journeys page needs them: profile, where they stand now and their journey so far. Built from
/// the kernel's jobseeker array and journey log, or from a jobseeker grain's view, so flows and timelines do not
/// depend on which engine ran the week.
/// </summary>
public sealed record ClientRecord(
    int Id,
    int EntryWeek,
    byte AgeBand,
    bool Female,
    byte Skill,
    VulnerableFlags Flags,
    int BarriersAtEntry,
    LabourStatus Status,
    Engagement Engagement,
    IReadOnlyList<JourneyEvent> Events)
{
    public static ClientRecord FromKernel(in Jobseeker js, IReadOnlyList<JourneyEvent> events) =>
        new(js.Id, js.EntryWeek, js.AgeBand, js.Female != 0, js.Skill, js.Flags, js.InitialBarrierCount, js.Status, js.Engagement, events);

    /// <summary>Every client who has entered, with their journeys, read from the kernel's state.</summary>
    public static IReadOnlyList<ClientRecord> AllFromKernel(ReadOnlySpan<Jobseeker> agents, JourneyLog log)
    {
        var list = new ClientRecord[agents.Length];
        for (int i = 0; i < agents.Length; i++) list[i] = FromKernel(agents[i], log.Of(agents[i].Id));
        return list;
    }
}
