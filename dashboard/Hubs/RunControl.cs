using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Sandbox.Dashboard.Api;

namespace Sandbox.Dashboard.Hubs;

/// <summary>
/// Who may control which live run. Anyone may watch; the connection that started a run controls it, and so does
/// any connection that presents the run's control key (the starter's next page load, or a colleague it was
/// shared with). Keys are random, compared in constant time, and never sent to viewers.
/// </summary>
public sealed class RunControl
{
    private readonly ConcurrentDictionary<string, byte[]> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _controllers = new(StringComparer.Ordinal);

    /// <summary>Creates the run's key and makes <paramref name="connectionId"/> its controller.</summary>
    public string Issue(string runId, string connectionId)
    {
        string key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        _keys[runId] = Encoding.UTF8.GetBytes(key);
        Grant(runId, connectionId);
        return key;
    }

    /// <summary>True (and the connection becomes a controller) when <paramref name="key"/> is the run's key.</summary>
    public bool Claim(string runId, string? key, string connectionId)
    {
        if (key is null || key.Length > 64 || !_keys.TryGetValue(runId, out var expected)) return false;
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(key))) return false;
        Grant(runId, connectionId);
        return true;
    }

    /// <summary>Throws a "forbidden" error unless the connection controls the run or brings its key.</summary>
    public void Demand(string runId, string connectionId, string? key)
    {
        if (_controllers.TryGetValue(runId, out var set) && set.ContainsKey(connectionId)) return;
        if (Claim(runId, key, connectionId)) return;
        throw new ApiErrorException(ApiError.Forbidden(runId));
    }

    public bool Controls(string runId, string connectionId) =>
        _controllers.TryGetValue(runId, out var set) && set.ContainsKey(connectionId);

    public void Forget(string connectionId)
    {
        foreach (var set in _controllers.Values) set.TryRemove(connectionId, out _);
    }

    private void Grant(string runId, string connectionId) =>
        _controllers.GetOrAdd(runId, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal))[connectionId] = 0;
}
