using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Workshop;

/// <summary>
/// A ready-made workshop (<c>scenarios/workshops/NAME.workshop.json</c>): which scenario file the room watches, at
/// what pace, whose journey to spotlight, and the predictions to ask before each reveal. The scenario itself is an
/// ordinary scenario file, so the CLI and the other pages can run exactly what the workshop shows.
/// </summary>
public sealed record WorkshopPlan(
    string Name,
    string Title,
    string Summary,
    string Scenario,
    string? Script,
    double WeeksPerSecond,
    SpotlightSpec? Spotlight,
    IReadOnlyList<PollSpec> Polls);

/// <summary>
/// Whom to follow: a client number, or the first client (lowest number) whose journey has <see cref="Event"/>
/// (at <see cref="Agency"/>) by <see cref="ByWeek"/>. A described client survives model changes that reshuffle
/// who meets which fate; a fixed number would silently start telling someone else's story.
/// </summary>
public sealed record SpotlightSpec(string Name, int? Client, JourneyEventKind? Event, AgencyKind? Agency, int ByWeek, bool? Female);

public enum PollKind { Level, Number }

/// <summary>
/// A prediction asked before a reveal. A level poll asks which of the four levels does best on
/// <see cref="Measure"/> at <see cref="Week"/> (<see cref="Lowest"/> says whether less is better); a number poll
/// asks for the value of the measure itself, between <see cref="Min"/> and <see cref="Max"/>. The answer is always
/// simulated from the session's scenario and seed when the poll is revealed, never written in the file.
/// </summary>
public sealed record PollSpec(
    string Id,
    string Question,
    PollKind Kind,
    WorkshopMeasure Measure,
    int Week,
    bool Lowest,
    double Min,
    double Max,
    IntegrationLevel? Level);
