namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>Reports on the runner's own thread, unlike <see cref="Progress{T}"/>, so the last report is never late.</summary>
internal sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
