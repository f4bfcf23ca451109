using System.Diagnostics.CodeAnalysis;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// Where finished runs are kept so that long work can stop and resume: a run found here is not run again.
/// Values are stored and read back bit for bit, so a resumed experiment gives exactly the numbers of an
/// uninterrupted one. Implementations must be safe to call from several threads at once.
/// </summary>
public interface IRunStore
{
    /// <summary>The values stored under <paramref name="key"/>, if there are exactly <paramref name="length"/> of them.</summary>
    bool TryLoad(string key, int length, [NotNullWhen(true)] out double[]? values);

    void Save(string key, ReadOnlySpan<double> values);
}
