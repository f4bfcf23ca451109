using Sandbox.Sim.Experiments;
using Spectre.Console;

namespace Sandbox.Cli.Output;

/// <summary>
/// A progress task that follows an experiment's runs, counting runs reused from OUT/runs as done and saying how
/// many there were, so a resumed command starts its bar where the interrupted one stopped.
/// </summary>
public static class RunProgress
{
    public static IProgress<PlanProgress> Task(ProgressContext ctx, string description, int total)
    {
        var task = ctx.AddTask(description, maxValue: Math.Max(1, total));
        bool noted = false;
        return new InlineProgress<PlanProgress>(p =>
        {
            if (!noted && p.Reused > 0)
            {
                task.Description = $"{description} ({p.Reused} reused)";
                noted = true;
            }
            task.Value = p.Completed;
        });
    }
}
