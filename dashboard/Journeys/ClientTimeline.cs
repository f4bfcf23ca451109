using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;

namespace Sandbox.Dashboard.Journeys;

/// <summary>One entry of a client's timeline: the week, what happened in plain words, and whether it was a crack.</summary>
public sealed record TimelineEntry(int Week, string Kind, string Text, string Tone, string? Crack);

/// <summary>
/// A client's profile and journey as the journeys page shows it. The same person (same id, same seed) exists under
/// every level, which is what makes the "client twin" comparison meaningful.
/// </summary>
public sealed record ClientTimeline(
    int Id,
    string Level,
    string Profile,
    IReadOnlyList<string> Flags,
    int BarriersAtEntry,
    string Status,
    int EntryWeek,
    IReadOnlyList<TimelineEntry> Events)
{
    public static ClientTimeline Of(ClientRecord c, ModelParameters p, string level) => new(
        c.Id,
        level,
        Describe(c),
        FlagNames(c.Flags),
        c.BarriersAtEntry,
        StatusText(c),
        c.EntryWeek,
        c.Events.Select(e => new TimelineEntry(e.Week + 1, e.Kind.ToString(), JourneyText.Describe(e, p), JourneyText.Tone(e.Kind),
            e.Crack is { } c ? CrackKinds.Title(c) : null)).ToArray());

    private static string Describe(ClientRecord c)
    {
        string age = c.AgeBand switch { 0 => "Under 25", 1 => "Aged 25–49", _ => "Aged 50 or over" };
        string sex = c.Female ? "woman" : "man";
        string skill = c.Skill switch { 0 => "low qualifications", 1 => "medium qualifications", _ => "high qualifications" };
        return $"{age}, {sex}, {skill}";
    }

    private static IReadOnlyList<string> FlagNames(VulnerableFlags flags)
    {
        var list = new List<string>();
        if ((flags & VulnerableFlags.LowQualifications) != 0) list.Add("Low qualifications");
        if ((flags & VulnerableFlags.Disability) != 0) list.Add("Disability");
        if ((flags & VulnerableFlags.ThirdCountryNational) != 0) list.Add("Third-country national");
        if ((flags & VulnerableFlags.Minority) != 0) list.Add("Minority");
        return list;
    }

    private static string StatusText(ClientRecord c) => c.Status switch
    {
        LabourStatus.Employed => "In work",
        LabourStatus.Inactive => "Left the labour force",
        LabourStatus.NotEntered => "Not yet registered",
        _ => c.Engagement switch
        {
            Engagement.Held => "Looking for work, case held by an agency",
            Engagement.Unheld => "Looking for work, no agency holds the case",
            _ => "Looking for work, disengaged from services",
        },
    };
}
