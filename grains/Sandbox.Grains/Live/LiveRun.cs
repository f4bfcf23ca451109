using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;

namespace Sandbox.Grains.Live;

/// <summary>
/// The grain engine's week. Around the shared phases of <see cref="WeekCycle"/> (the same code the kernel
/// runs), the jobseeker phase is a bounded fan-out to jobseeker grains whose compact outputs are summed into
/// the cycle's outputs, hires go back to the hired clients' grains, and each agency and active employer gets
/// one batched update. Sums of integers and sorted lists make the merge order irrelevant, so the metrics are
/// the kernel's to the bit.
/// </summary>
internal sealed class LiveRun
{
    private readonly IGrainFactory _grains;
    private readonly int _fanOut;
    private readonly byte[] _admitted;
    private readonly ReportBook _reports;

    public LiveRun(string runId, long epoch, ModelParameters parameters, IGrainFactory grains, int fanOut)
    {
        RunId = runId;
        Epoch = epoch;
        Cycle = new WeekCycle(parameters);
        _grains = grains;
        _fanOut = fanOut;
        _admitted = new byte[parameters.AgentCapacity];
        _reports = new ReportBook(parameters);
    }

    public string RunId { get; }
    public long Epoch { get; }
    public WeekCycle Cycle { get; }
    public ModelParameters P => Cycle.P;

    /// <summary>Runs week <see cref="WeekCycle.Week"/> to its end and reports it to agencies and employers.</summary>
    public async Task RunWeekAsync()
    {
        var board = Open();
        var outputs = Cycle.Outputs;
        await BoundedFanOut.Run(Cycle.Present, _fanOut, StepJobseeker, Merge);

        var offers = Cycle.Hiring();
        await BoundedFanOut.Run(offers.Count, _fanOut, k => _grains.Jobseeker(RunId, offers[k].Agent).Hire(board, offers[k]), Merge);
        _reports.Hired(offers);

        Cycle.End();
        var updates = _reports.Close(Cycle);
        await BoundedFanOut.Run(updates.Count, _fanOut, k => updates[k](_grains, RunId));

        Task<JobseekerWeekResult> StepJobseeker(int i)
        {
            byte admitted = _admitted[i];
            _admitted[i] = 0;
            return _grains.Jobseeker(RunId, i).Step(board, admitted);
        }
    }

    /// <summary>The start-of-week phases and the board every jobseeker reads this week.</summary>
    private WeekBoard Open()
    {
        var admissions = Cycle.Begin();
        foreach (ref readonly var e in admissions) _admitted[e.Agent] |= (byte)(1 << e.Barrier);
        _reports.Opened(Cycle, admissions);
        var ctx = Cycle.Context;
        return new WeekBoard(RunId, Epoch, ctx.Week, ctx.MeetingProbability, [.. ctx.EligibleVacancies]);
    }

    private void Merge(JobseekerWeekResult r)
    {
        var outputs = Cycle.Outputs;
        var counts = outputs.Tally.Counts;
        var c = r.Counters;
        for (int k = 0; k < c.Length; k += 2) counts[c[k]] += c[k + 1];
        outputs.Tally.Draws += r.Draws;
        if (r.Candidates.Length > 0) outputs.Candidates.AddRange(r.Candidates);
        if (r.AppliedTo.Length > 0) _reports.Applied(r.AppliedTo);
        foreach (var w in r.Waiting) outputs.Waiting[w.Agency].Add(w.Entry);
        if (r.Holders != 0) _reports.Holds(r.Agent, r.Holders);
    }

    /// <summary>This week's metrics row (one value per column), for observers.</summary>
    public double[] WeekRow(int week)
    {
        var result = Cycle.Metrics.Result();
        var row = new double[result.Layout.Count];
        for (int col = 0; col < row.Length; col++) row[col] = result.Series(col)[week];
        return row;
    }

    public RunResult Snapshot()
    {
        var r = Cycle.Metrics.Result();
        return new RunResult(r.Scenario, r.Seed, r.Weeks, r.Layout, r.Values.ToArray());
    }
}
