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
