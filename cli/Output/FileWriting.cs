using Sandbox.Reporting;
using Spectre.Console;

namespace Sandbox.Cli.Output;

/// <summary>
/// Writes a command's tables and charts into an <see cref="OutputStage"/> under a progress task, since rendering a
/// dozen PNG/SVG pairs takes seconds. Shared by <c>run</c> and <c>compare</c> so both count and label files alike.
/// </summary>
public static class FileWriting
{
    public static void Charts(ProgressContext ctx, OutputStage stage, IReadOnlyList<(string Name, ChartSpec Chart)> charts)
    {
        var task = ctx.AddTask("Rendering charts", maxValue: Math.Max(1, charts.Count));
        foreach (var (name, chart) in charts)
        {
            stage.Chart(chart, name);
            task.Increment(1);
        }
        task.Value = task.MaxValue;
    }
}
