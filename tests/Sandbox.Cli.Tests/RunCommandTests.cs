using Sandbox.Reporting;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Tests;

/// <summary>Runs <c>sandbox run</c> once on a small scenario; the tests read what it wrote.</summary>
public sealed class RunFixture : IDisposable
{
    public TempDirectory Dir { get; } = new();
    public CliRun Result { get; }
    public string Out => Dir.File("run");

    public RunFixture() => Result = Cli.Invoke(["run", "baseline", .. Cli.Small, "--out", Out]);

    public void Dispose() => Dir.Dispose();
}

public class RunCommandTests(RunFixture run) : IClassFixture<RunFixture>
{
    [Fact]
    public void Exits_zero_and_writes_tables_scenario_and_charts()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.Error);
        foreach (var file in new[] { "metrics.csv", "scenario.json", "reproduce.txt" })
            Assert.True(File.Exists(Path.Combine(run.Out, file)), file);
        foreach (var chart in new[] { "outcomes", "cracks", "waiting", "costs", "cost-per-sustained-job" })
            OutputFiles.AssertChart(run.Out, chart);
        OutputFiles.AssertNoStaging(run.Out);
    }

    [Fact]
    public void Metrics_csv_is_tidy_with_a_row_per_week_and_series()
    {
        var table = CsvTableReader.Read(new StreamReader(Path.Combine(run.Out, "metrics.csv")),
            new ColumnSchema("week", ColumnType.Int32), new ColumnSchema("metric", ColumnType.String),
            new ColumnSchema("group", ColumnType.String), new ColumnSchema("agency", ColumnType.String),
            new ColumnSchema("value", ColumnType.Double));
        var scenario = ScenarioLoader.LoadFile(Path.Combine(run.Out, "scenario.json"));
        int columns = new KernelSimulation(scenario).Layout.Count;
        Assert.Equal(columns * Cli.SmallWeeks, table.RowCount);
        Assert.Equal(Enumerable.Range(1, Cli.SmallWeeks), table.Column<int>("week").Values.ToArray().Distinct().Order());
        Assert.Contains("sustained26Rate", table.Column<string>("metric").Values.ToArray());
        Assert.Contains("debt", table.Column<string>("agency").Values.ToArray());
    }

    [Fact]
    public void Scenario_json_is_the_resolved_scenario_and_reloads_unchanged()
    {
        string path = Path.Combine(run.Out, "scenario.json");
        var scenario = ScenarioLoader.LoadFile(path);
        Assert.Equal(300, scenario.Population.InitialStock);
        Assert.Equal(Cli.SmallWeeks, scenario.Weeks);
        Assert.Equal(File.ReadAllText(path).TrimEnd(), ScenarioJson.Serialize(scenario));
    }

    [Fact]
    public void Prints_the_final_week_summary()
    {
        Assert.Contains("Employment rate", run.Result.Out);
        Assert.Contains("Service cost per sustained job", run.Result.Out);
        Assert.Contains("Wrote 13 files", run.Result.Out);
        Assert.Contains("command:  sandbox run baseline --set population.initialStock=300", File.ReadAllText(Path.Combine(run.Out, "reproduce.txt")));
    }
}
