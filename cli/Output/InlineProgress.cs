namespace Sandbox.Cli.Output;

/// <summary>
/// Reports on the thread that calls it. <see cref="Progress{T}"/> would post to the thread pool, so the last
/// updates could land after the bar was closed; runs report from worker threads and Spectre tasks are thread-safe.
/// </summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
