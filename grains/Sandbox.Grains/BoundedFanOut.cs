namespace Sandbox.Grains;

/// <summary>
/// Calls many grains with at most <c>width</c> calls in flight: a fixed number of lanes each take the next
/// index when their previous call returns, so a week of 30 000 jobseekers never floods the silo with 30 000
/// pending messages, and no lane waits for a slow batch-mate. Results are handed to <c>onResult</c> on the
/// caller's scheduler; called from a grain, that is one at a time, so merging needs no locks.
/// </summary>
public static class BoundedFanOut
{
    public static async Task Run<T>(int count, int width, Func<int, Task<T>> call, Action<T> onResult)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        int next = 0;
        async Task Lane()
        {
            while (true)
            {
                int i = Interlocked.Increment(ref next) - 1;
                if (i >= count) return;
                onResult(await call(i));
            }
        }

        var lanes = new Task[Math.Min(width, count)];
        for (int k = 0; k < lanes.Length; k++) lanes[k] = Lane();
        await Task.WhenAll(lanes);
    }

    public static Task Run(int count, int width, Func<int, Task> call) =>
        Run(count, width, async i => { await call(i); return true; }, static _ => { });
}
