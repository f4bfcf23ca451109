namespace Sandbox.Sim.Experiments;

/// <summary>
/// Reports on the thread that calls it. <see cref="Progress{T}"/> would post to the thread pool, so the last
/// updates could land after a bar was closed or a job marked finished; runners report from their worker threads,
/// and every receiver (Spectre tasks, the dashboard's job board, tests) is thread-safe.
/// </summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
