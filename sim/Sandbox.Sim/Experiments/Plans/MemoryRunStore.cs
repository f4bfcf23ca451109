using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Sandbox.Sim.Experiments;

/// <summary>Runs kept in memory: for tests, and for hosts that keep an experiment alive between calls.</summary>
public sealed class MemoryRunStore : IRunStore
{
    private readonly ConcurrentDictionary<string, double[]> _runs = new(StringComparer.Ordinal);

    public int Count => _runs.Count;

    public bool TryLoad(string key, int length, [NotNullWhen(true)] out double[]? values)
    {
        values = _runs.TryGetValue(key, out var stored) && stored.Length == length ? (double[])stored.Clone() : null;
        return values is not null;
    }

    public void Save(string key, ReadOnlySpan<double> values) => _runs[key] = values.ToArray();
}
