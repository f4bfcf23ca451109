using Orleans.Placement;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;

namespace Sandbox.Grains.Live;

/// <summary>
/// A client of a live run. Holds the same flat <see cref="Jobseeker"/> value the kernel keeps in its array
/// and runs the same rule functions on it; placed beside its caller so a week's fan-out stays in-silo.
/// State lives in memory only: a live run is for watching, experiments are the fault-tolerant path. If the
/// grain lost its state (its silo died, or it was collected while its run sat paused for hours) it refuses
/// to make up a client and the run fails loudly.
/// </summary>
[PreferLocalPlacement]
[CollectionAgeLimit(Hours = 2)]
internal sealed class JobseekerGrain(LiveRunCatalog catalog) : Grain, IJobseekerGrain
{
    private readonly JourneyLog _journey = new();
    private Jobseeker _js;
    private long _epoch;
    private int _week = -1;

    public async Task<JobseekerWeekResult> Step(WeekBoard board, byte admitted)
    {
        var ctx = await catalog.ContextFor(board);
        if (_epoch != board.Epoch) Enter(ctx, board);
        else if (board.Week != _week + 1) throw Lost(board, $"was last stepped in week {_week}");
        _week = board.Week;

        var o = ScratchOutputs.Borrow(_journey);
        JobseekerWeek.Step(ref _js, ctx, o, admitted);
        return ScratchOutputs.Collect(o, _js.Id, Holders(_js, ctx.P));
    }

    public async Task<JobseekerWeekResult> Hire(WeekBoard board, Offer offer)
    {
        var ctx = await catalog.ContextFor(board);
        if (_epoch != board.Epoch || _week != board.Week) throw Lost(board, "was not stepped this week");
        var o = ScratchOutputs.Borrow(_journey);
        EmploymentRules.Hire(ref _js, ctx, o, offer);
        return ScratchOutputs.Collect(o, _js.Id, 0);
    }

    public Task<JobseekerView?> GetView() => Task.FromResult(_epoch == 0 ? null : JobseekerViews.Of(_js, _week, _journey));

    private void Enter(WeekContext ctx, WeekBoard board)
    {
        int id = (int)this.GetPrimaryKeyLong(out _);
        var js = PopulationRules.Create(ctx.P, id);
        // Agents are numbered in entry order, so a client is first called in the week they enter.
        if (js.EntryWeek != board.Week) throw Lost(board, $"enters in week {js.EntryWeek} but was first called in week {board.Week}");
        _js = js;
        _epoch = board.Epoch;
        _journey.Clear();
    }

    /// <summary>Agencies that hold or treat the client at the end of the week, for the agencies' caseload views.</summary>
    private static byte Holders(in Jobseeker js, ModelParameters p)
    {
        if (js.Status != LabourStatus.Unemployed) return 0;
        int holders = JobseekerWeek.HeldByCaseworker(js, p) ? 1 << p.PesIndex : 0;
        for (int b = 0; b < Barriers.Count; b++)
            if (js.Stage(b) == BarrierStage.Treating && p.BarrierAgency[b] >= 0) holders |= 1 << p.BarrierAgency[b];
        return (byte)holders;
    }

    private InvalidOperationException Lost(WeekBoard board, string why) =>
        new($"jobseeker {this.GetPrimaryKeyLong(out _)} of live run '{board.RunId}' {why}: its state was lost (silo loss or idle collection), the run cannot go on");
}
