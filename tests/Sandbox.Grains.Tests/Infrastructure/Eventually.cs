namespace Sandbox.Grains.Tests.Infrastructure;

/// <summary>
/// Polls a condition with a deadline, so tests wait for asynchronous runs without fixed sleeps. Reads that
/// fail (a silo just died and the cluster has not noticed yet) are retried until the deadline.
/// </summary>
internal static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        Exception? error = null;
        object? last = null;
        while (DateTime.UtcNow <= deadline)
        {
            try
            {
                var value = await read();
                if (done(value)) return value;
                last = value;
            }
            catch (Exception e) when (DateTime.UtcNow <= deadline)
            {
                error = e;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"{what} did not happen within {timeout}; last: {last}", error);
    }
}
