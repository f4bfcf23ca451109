using Sandbox.Dashboard.Journeys;

namespace Sandbox.Dashboard.Workshop;

/// <summary>What the room is looking at: the chart, one client's journey, a poll, a poll's result, or the cracks Sankey.</summary>
public enum WorkshopStage { Chart, Spotlight, Poll, Result, Cracks }

/// <summary>The session as every screen shows it in its top bar.</summary>
/// <param name="Revision">Counts the views and frames sent to the room: a screen applies a frame only on top of the
/// revision before it, ignores older ones and asks for a fresh view when one is missing.</param>
public sealed record WorkshopHeader(string SessionId, string Title, string JoinCode, DateTimeOffset CodeExpiresUtc, int Week, int Weeks,
    bool Running, double WeeksPerSecond, WorkshopStage Stage, int Participants, long Revision);

/// <summary>A series of the workshop chart.</summary>
public sealed record WorkshopSeries(string Key, string Label, string Unit);

/// <summary>One line of the timeline with its history: history[series][week − 1].</summary>
public sealed record BranchView(int Index, string Label, string? Level, double[][] History);

/// <summary>The spotlit client's journey so far on every line of the timeline (the same person, same luck).</summary>
public sealed record SpotlightView(int Client, string Name, IReadOnlyList<ClientTimeline> Lines);

public sealed record PollOption(string Key, string Label);

/// <summary>A poll as participants see it: never its answer, which only a <see cref="PollResult"/> carries.</summary>
public sealed record PollView(string Id, string Question, PollKind Kind, string Unit, double Min, double Max, IReadOnlyList<PollOption> Options,
    bool Open, int Voters);

/// <summary>The cracks Sankey of one line of the timeline.</summary>
public sealed record CracksView(int Branch, string Label, JourneyFlows Flows);

/// <summary>Everything a screen needs to draw the session from scratch: sent on joining and whenever the stage changes.</summary>
public sealed record WorkshopView(WorkshopHeader Header, IReadOnlyList<WorkshopSeries> Series, IReadOnlyList<BranchView> Branches,
    IReadOnlyList<PollView> Polls, SpotlightView? Spotlight, PollView? Poll, PollResult? Result, CracksView? Cracks);

/// <summary>A finished week: each line's values (values[branch][series]) and whatever the stage shows that a week changes.</summary>
/// <param name="EngineTime">Unix milliseconds when the week was computed, so screens can measure how late they are.</param>
public sealed record WorkshopFrame(WorkshopHeader Header, double[][] Values, SpotlightView? Spotlight, CracksView? Cracks, double EngineTime);
