using Sandbox.Reporting;
using Spectre.Console;

namespace Sandbox.Cli.Output;

/// <summary>
/// Renders a command's charts into an <see cref="OutputStage"/> under a progress task, since a dozen PNG/SVG pairs
/// take seconds. Shared by <c>run</c> and <c>compare</c> so both report rendering alike.
/// </summary>
public static class ChartFiles
{
    public static void Write(ProgressContext ctx, OutputStage stage, IReadOnlyList<(string Name, ChartSpec Chart)> charts)
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
