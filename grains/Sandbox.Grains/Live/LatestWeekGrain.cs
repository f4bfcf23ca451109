namespace Sandbox.Grains.Live;

/// <summary>
/// A grain that only keeps the last week the simulation grain reported for it, for anyone reading it while the
/// run goes on. Agencies and employers of a live run take no decisions of their own here: admissions and
/// hiring are the shared phases of <c>WeekCycle</c>, run on the merged outputs exactly as in the kernel.
/// </summary>
internal abstract class LatestWeekGrain<TWeek> : Grain where TWeek : class
{
    private TWeek? _week;

    public Task Update(TWeek week)
    {
        _week = week;
        return Task.CompletedTask;
    }

    public Task<TWeek?> GetView() => Task.FromResult(_week);
}
