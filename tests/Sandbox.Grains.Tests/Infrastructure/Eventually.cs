namespace Sandbox.Grains.Tests.Infrastructure;

/// <summary>Polls a condition with a deadline, so tests wait for asynchronous runs without fixed sleeps.</summary>
internal static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        T last = await read();
        while (!done(last))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what} did not happen within {timeout}; last: {last}");
            await Task.Delay(50);
            try { last = await read(); }
            catch (Exception) when (DateTime.UtcNow <= deadline) { /* a silo just died: read again */ }
        }
        return last;
    }
}
