using Spectre.Console;

namespace Sandbox.Cli.Output;

/// <summary>
/// The one progress look of the CLI: description, bar, percentage, elapsed and remaining time. On a terminal it
/// animates; redirected or in tests Spectre prints plain status lines instead.
/// </summary>
public static class ProgressDisplay
{
    public static T Run<T>(CliConsole console, Func<ProgressContext, T> work) =>
        console.Ansi.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(work);
}

/// <summary>
/// Reports on the thread that calls it. <see cref="Progress{T}"/> would post to the thread pool, so the last
/// updates could land after the bar was closed; runs report from worker threads and Spectre tasks are thread-safe.
/// </summary>
public sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
