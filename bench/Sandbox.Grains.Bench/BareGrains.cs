namespace Sandbox.Grains.Bench;

/// <summary>A grain that does nothing worth measuring: the floor a live-engine jobseeker is compared with.</summary>
[Alias("bench.bare")]
public interface IBareGrain : IGrainWithIntegerCompoundKey
{
    [Alias("tick")] Task<int> Tick(int week);
}

/// <summary>Drives one bare "week": the same bounded fan-out the live engine uses, over as many grains.</summary>
[Alias("bench.bare-driver")]
public interface IBareDriverGrain : IGrainWithStringKey
{
    [Alias("week")] Task<long> Week(int week, int present, int width);
}

[Orleans.Placement.PreferLocalPlacement]
internal sealed class BareGrain : Grain, IBareGrain
{
    private int _weeks;

    public Task<int> Tick(int week) => Task.FromResult(++_weeks + week);
}

internal sealed class BareDriverGrain : Grain, IBareDriverGrain
{
    public async Task<long> Week(int week, int present, int width)
    {
        string run = this.GetPrimaryKeyString();
        long sum = 0;
        await BoundedFanOut.Run(present, width, i => GrainFactory.GetGrain<IBareGrain>(i, run, null).Tick(week), r => sum += r);
        return sum;
    }
}
