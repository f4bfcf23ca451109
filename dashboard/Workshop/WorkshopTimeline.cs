using System.Globalization;
using Sandbox.Dashboard.Api;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Workshop;

/// <summary>A switch or fork the facilitator made: at <see cref="Week"/>, <see cref="Branch"/> went on under <see cref="Level"/>.</summary>
public sealed record TimelineChange(int Week, bool IsFork, int Branch, IntegrationLevel Level);

/// <summary>
/// What the room watches: the scenario's run plus the forks the facilitator made, all stepping together on the
/// in-process kernel. The kernel is used (not the Orleans grain engine) because a workshop needs to fork a run
/// mid-way and to go back in time, and only the kernel can copy its state at a week; replays are cheap at workshop
/// sizes and exact, because the same scenario and seed always give the same weeks. Going back to a week replays the
/// switches and forks made up to that week and forgets the ones made after it, so the facilitator can undo.
/// </summary>
public sealed class WorkshopTimeline
{
    private readonly Scenario _scenario;
    private readonly int _maxBranches;
    private readonly List<TimelineChange> _changes = [];
    private List<TimelineBranch> _branches = [];

    public WorkshopTimeline(Scenario scenario, int maxBranches)
    {
        _scenario = scenario.Clone();
        _maxBranches = maxBranches;
        Replay(0);
    }

    public Scenario Scenario => _scenario;
    public int Week => _branches[0].Sim.Week;
    public int Weeks => _branches[0].Sim.P.Weeks;
    public bool Finished => Week >= Weeks;
    public IReadOnlyList<TimelineBranch> Branches => _branches;
    public IReadOnlyList<TimelineChange> Changes => _changes;

    public void Step()
    {
        foreach (var b in _branches)
            if (!b.Sim.Finished) b.Sim.Step();
    }

    public void JumpTo(int week)
    {
        if (week < 0 || week > Weeks)
            throw new ApiErrorException(ApiError.Invalid("week", week.ToString(CultureInfo.InvariantCulture), $"0 to {Weeks}"));
        if (week < Week)
        {
            _changes.RemoveAll(c => c.Week > week);
            Replay(week);
        }
        while (Week < week) Step();
    }

    /// <summary>The branch goes on under another level from this week; its line changes course, no new line appears.</summary>
    public void Switch(int branch, IntegrationLevel level) => Make(new TimelineChange(Week, IsFork: false, CheckBranch(branch), level));

    /// <summary>A new line from this week under another level, beside the one it forks from; returns its index.</summary>
    public int Fork(int branch, IntegrationLevel level)
    {
        if (_branches.Count >= _maxBranches)
            throw new ApiErrorException(ApiError.Invalid("branches", _branches.Count.ToString(CultureInfo.InvariantCulture),
                $"at most {_maxBranches} lines side by side; go back to an earlier week to drop a fork"));
        Make(new TimelineChange(Week, IsFork: true, CheckBranch(branch), level));
        return _branches.Count - 1;
    }

    private void Make(TimelineChange change)
    {
        if (Finished) throw new ApiErrorException(ApiError.Invalid("week", Week.ToString(CultureInfo.InvariantCulture), $"a week before the end ({Weeks}); go back first"));
        Apply(change);
        _changes.Add(change);
    }

    private void Apply(TimelineChange c)
    {
        var from = _branches[c.Branch];
        string label = $"{c.Level.Title()} ({(c.IsFork ? "fork" : "switched")} at week {c.Week})";
        var next = from.Fork(c.Level, label);
        if (c.IsFork) _branches.Add(next);
        else _branches[c.Branch] = next;
    }

    private void Replay(int week)
    {
        _branches = [TimelineBranch.Start(_scenario)];
        foreach (var change in _changes)
        {
            while (Week < change.Week) Step();
            Apply(change);
        }
        while (Week < week) Step();
    }

    private int CheckBranch(int branch) =>
        (uint)branch < (uint)_branches.Count ? branch
            : throw new ApiErrorException(ApiError.Invalid("branch", branch.ToString(CultureInfo.InvariantCulture), $"0 to {_branches.Count - 1}"));
}
