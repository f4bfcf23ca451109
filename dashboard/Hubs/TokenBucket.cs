namespace Sandbox.Dashboard.Hubs;

/// <summary>
/// Allows <c>perSecond</c> actions on average with a saved-up burst; refills continuously. Thread-safe, because one
/// connection (or one participant on two tabs) may act concurrently. The clock is injectable so tests need not sleep.
/// </summary>
public sealed class TokenBucket(double perSecond, int burst, TimeProvider? clock = null)
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private double _tokens = burst;
    private long _last = (clock ?? TimeProvider.System).GetTimestamp();

    public bool TryTake()
    {
        lock (_lock)
        {
            long now = _clock.GetTimestamp();
            _tokens = Math.Min(burst, _tokens + _clock.GetElapsedTime(_last, now).TotalSeconds * perSecond);
            _last = now;
            if (_tokens < 1) return false;
            _tokens -= 1;
            return true;
        }
    }
}
