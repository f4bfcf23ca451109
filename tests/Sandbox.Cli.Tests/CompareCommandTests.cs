using Sandbox.Reporting;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Cli.Tests;

/// <summary>Runs <c>sandbox compare</c> once (all levels, 3 replications, CSV and Parquet, raw runs); the tests read what it wrote.</summary>
public sealed class CompareFixture : IDisposable
{
    public const int Reps = 3;

    public TempDirectory Dir { get; } = new();
    public CliRun Result { get; }
    public string Out => Dir.File("compare");

    /// <summary>Metric columns of a small baseline run; every level has the same agencies, so the same columns.</summary>
    public int Columns { get; }

    public CompareFixture()
    {
        Result = Cli.Invoke(["compare", "baseline", "--levels", "all", "--reps", Reps.ToString(), .. Cli.Small,
            "--format", "both", "--runs", "--parallel", "2", "--out", Out]);
        Columns = new KernelSimulation(ScenarioLibrary.BaselineScenario()).Layout.Count;
    }

    public void Dispose() => Dir.Dispose();
}

public class CompareCommandTests(CompareFixture compare) : IClassFixture<CompareFixture>
{
    private string PathOf(string file) => Path.Combine(compare.Out, file);

    private static string[] Lines(string path) => File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();

    [Fact]
    public void Exits_zero_and_writes_every_file()
    {
        Assert.True(compare.Result.ExitCode == 0, compare.Result.Error);
        foreach (var file in new[] { "summary.csv", "summary.parquet", "differences.csv", "differences.parquet", "runs.csv",
                     "headlines.txt", "scenario.json", "reproduce.txt" })
            Assert.True(File.Exists(PathOf(file)), file);
        foreach (var metric in new[] { "sustained26Rate", "employmentRate", "longTermShare", "cumulativeCracks", "cumulativeCost", "costPerSustainedJob" })
        {
            OutputFiles.AssertChart(compare.Out, metric);
            OutputFiles.AssertChart(compare.Out, metric + "-vs-co-location");
        }
        OutputFiles.AssertChart(compare.Out, "headline");
        OutputFiles.AssertNoStaging(compare.Out);
    }

    [Fact]
    public void Summary_has_a_row_per_variant_series_and_week()
    {
        var lines = Lines(PathOf("summary.csv"));
        Assert.Equal("variant,week,metric,group,agency,n,mean,sd,ci_low,ci_high", lines[0]);
        Assert.Equal(4 * compare.Columns * Cli.SmallWeeks, lines.Length - 1);
        Assert.All(lines.Skip(1).Take(100), l => Assert.Equal(CompareFixture.Reps.ToString(), l.Split(',')[5]));
        Assert.Equal(4 * compare.Columns * Cli.SmallWeeks, ParquetTableReader.Read(PathOf("summary.parquet")).RowCount);
    }

    [Fact]
    public void Differences_compare_every_other_level_with_the_baseline()
    {
        var lines = Lines(PathOf("differences.csv"));
        Assert.Equal("variant,baseline,week,metric,group,agency,n,diff_mean,diff_ci_low,diff_ci_high,relative_pct,relative_ci_low_pct,relative_ci_high_pct,prob_better,prob_greater", lines[0]);
        Assert.Equal(3 * compare.Columns * Cli.SmallWeeks, lines.Length - 1);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.All(rows, r => Assert.Equal("co-location", r[1]));
        Assert.Equal(["mainstreamed", "joint-planning", "full-integration"], rows.Select(r => r[0]).Distinct());
        Assert.Equal(lines.Length - 1, ParquetTableReader.Read(PathOf("differences.parquet")).RowCount);
    }

    [Fact]
    public void Runs_csv_holds_each_runs_final_values_with_its_seed()
    {
        var lines = Lines(PathOf("runs.csv"));
        Assert.Equal("variant,replication,seed,metric,group,agency,value", lines[0]);
        Assert.Equal(4 * CompareFixture.Reps * compare.Columns, lines.Length - 1);
        var seeds = lines.Skip(1).Select(l => l.Split(',')).GroupBy(r => r[1]).ToDictionary(g => g.Key, g => g.Select(r => r[2]).Distinct().Single());
        for (int r = 0; r < CompareFixture.Reps; r++) Assert.Equal(Replications.Seed(1, r).ToString(), seeds[r.ToString()]);
    }

    [Fact]
    public void Headlines_are_plain_sentences_in_the_file_and_on_the_console()
    {
        var lines = Lines(PathOf("headlines.txt"));
        Assert.StartsWith("Co-location (baseline): ", lines[0]);
        foreach (var level in new[] { "Mainstreamed", "Joint planning", "Full integration" })
        {
            var sentence = lines.First(l => l.StartsWith(level + " ", StringComparison.Ordinal));
            Assert.Matches(@"( more | fewer |no clear difference)", sentence);
            Assert.Contains("co-location", sentence);
            Assert.Contains(sentence, compare.Result.Out);
        }
        Assert.Equal(5 * 4, lines.Length);
        Assert.Contains("P(better)", compare.Result.Out);
    }

    [Fact]
    public void Reproduce_txt_names_the_command_version_and_every_seed()
    {
        var text = File.ReadAllText(PathOf("reproduce.txt"));
        Assert.Contains("command:      sandbox compare baseline --levels all --reps 3", text);
        Assert.Contains("version:      sandbox 0.1.0", text);
        for (int r = 0; r < CompareFixture.Reps; r++) Assert.Contains(Replications.Seed(1, r).ToString(), text);
        Assert.Equal(Cli.SmallWeeks, ScenarioLoader.LoadFile(PathOf("scenario.json")).Weeks);
    }
}
