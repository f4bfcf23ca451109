using System.CommandLine;
using Sandbox.Cli.Input;
using Sandbox.Cli.Output;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Commands;

/// <summary><c>sandbox run SCENARIO</c>: one run; tidy metrics, the resolved scenario, charts and a summary table.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var scenarioArg = new Argument<string>("scenario") { Description = "An embedded scenario name (see 'sandbox scenarios') or a scenario file path" };
        var level = new Option<string?>("--level") { Description = "Swap in a level's mechanisms: co-location, mainstreamed, joint-planning or full-integration" };
        var flags = new ScenarioFlags();
        var command = new Command("run", "Run one scenario and write metrics.csv, scenario.json and charts") { scenarioArg, level };
        flags.AddTo(command);
        command.SetAction(parse => Execute(context, parse.GetValue(scenarioArg)!, parse.GetValue(level), flags, parse));
        return command;
    }

    private static int Execute(CliContext context, string scenarioName, string? levelText, ScenarioFlags flags, ParseResult parse)
    {
        var format = flags.OutputFormat(parse);
        var scenario = ScenarioInput.Load(scenarioName);
        if (levelText is not null) scenario = scenario.WithLevel(Flags.Level("--level", levelText));
        ScenarioInput.Apply(scenario, flags.Overrides(parse));

        using var stage = new OutputStage(flags.OutDirectory(parse, "run-" + scenario.Name));
        string caption = $"{context.CommandLine} · sandbox {CliContext.Version}";
        var run = ProgressDisplay.Run(context.Console, ctx =>
        {
            var running = ctx.AddTask($"Running {scenario.Name} ({scenario.Weeks} weeks)", maxValue: scenario.Weeks);
            var sim = new KernelSimulation(scenario);
            while (!sim.Finished)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                sim.Step();
                running.Value = sim.Week;
            }
            RunResult result = sim.Result();

            var tables = ctx.AddTask("Writing tables", maxValue: 3);
            stage.Table(RunTables.Metrics(result), "metrics", format);
            tables.Increment(1);
            stage.Text("scenario.json", ScenarioJson.Serialize(scenario) + "\n");
            tables.Increment(1);
            stage.Text("reproduce.txt", ReproduceNote.ForRun(context, scenario.Name, scenario.Seed, scenario.Weeks));
            tables.Increment(1);
            ChartFiles.Write(ctx, stage, RunCharts.All(result, caption));
            return result;
        });
        stage.Commit();

        context.Console.Ansi.Write(SummaryTables.Run(run));
        context.Console.Out.WriteLine($"Wrote {stage.Files.Count} files to {stage.Directory}");
        return 0;
    }
}
