using Sandbox.Cli;
using Sandbox.Cli.Output;

namespace Sandbox.Cli.Tests;

public class BadInputTests
{
    public static TheoryData<string[], string[]> Cases => new()
    {
        { ["frobnicate"], ["frobnicate"] },
        { ["run", "baseline", "--bogus"], ["--bogus"] },
        { ["run"], ["SCENARIO", "sandbox run"] },
        { ["run", "baseline", "--weeks", "abc"], ["--weeks", "weeks", "abc", "1 to 1040"] },
        { ["run", "baseline", "--weeks", "2000"], ["--weeks", "2000", "1 to 1040"] },
        { ["run", "baseline", "--seed", "-4"], ["--seed", "seed", "-4", "a whole number from 0 to 2^63−1"] },
        { ["run", "baseline", "--set", "population.initialStock=5"], ["--set", "population.initialStock", "5", "10 to 2000000"] },
        { ["run", "baseline", "--set", "mechanisms.followUp=sometimes"], ["mechanisms.followUp", "sometimes", "none, targetGroup, all"] },
        { ["run", "baseline", "--set", "agencies.debt.treatmentWeeks=2.5"], ["--set", "agencies.debt.treatmentWeeks", "2.5", "a whole number from 1 to 104"] },
        { ["run", "baseline", "--set", "mechanisms.followUp=1.5"], ["mechanisms.followUp", "1.5", "none, targetGroup, all"] },
        { ["run", "baseline", "--set", "population.nonsense=1"], ["--set", "population.nonsense", "sandbox params"] },
        { ["run", "baseline", "--set", "population.initialStock"], ["--set", "path=value"] },
        { ["run", "baseline", "--level", "halfway"], ["--level", "halfway", "co-location, mainstreamed, joint-planning, full-integration"] },
        { ["run", "baseline", "--format", "xlsx"], ["--format", "xlsx", "csv, parquet or both"] },
        { ["run", "no-such-scenario"], ["scenario", "no-such-scenario.json", "baseline.json"] },
        { ["compare", "baseline", "--reps", "0"], ["--reps", "0", "1 to 1000"] },
        { ["compare", "baseline", "--reps", "ten"], ["--reps", "ten", "1 to 1000"] },
        { ["compare", "baseline", "--parallel", "0"], ["--parallel", "0", "1 to 256"] },
        { ["compare", "baseline", "--levels", "co-location,bogus"], ["--levels", "bogus", "co-location"] },
        { ["compare", "baseline", "--levels", "co-location,full-integration", "--baseline", "mainstreamed"], ["--baseline", "mainstreamed", "co-location, full-integration"] },
        { ["compare", "baseline", "--every", "0"], ["--every", "0", "1 to 260"] },
        { ["compare", "baseline", "--headline", "happiness"], ["--headline", "happiness", "sustained26Rate"] },
        { ["compare", "baseline", "--week", "999", "--weeks", "20"], ["--week", "999", "1 to 20"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_exits_2_with_one_line_naming_flag_value_and_range(string[] args, string[] expected) =>
        BadInputAssert.Rejected(args, expected);

    [Fact]
    public void A_bad_scenario_file_is_reported_by_file_field_value_and_range()
    {
        using var dir = new TempDirectory();
        var file = dir.File("bad.json");
        File.WriteAllText(file, """{ "population": { "initialStock": -3 } }""");
        var result = Cli.Invoke("run", file, "--out", dir.File("out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("bad.json", result.Error);
        Assert.Contains("population.initialStock = -3", result.Error);
        Assert.Contains("10 to 2000000", result.Error);

        File.WriteAllText(file, """{ "population": { "initialStock": 300, } ] """);
        var malformed = Cli.Invoke("run", file);
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("bad.json", malformed.Error);
    }

    [Fact]
    public void Earlier_results_survive_a_failed_command()
    {
        using var dir = new TempDirectory();
        var metrics = dir.File("metrics.csv");
        File.WriteAllText(metrics, "earlier results");
        var result = Cli.Invoke("run", "baseline", "--set", "population.initialStock=1", "--out", dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("earlier results", File.ReadAllText(metrics));
        OutputFiles.AssertNoStaging(dir.Path);
    }

    [Fact]
    public void A_cancelled_compare_exits_130_and_leaves_earlier_results()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("summary.csv"), "earlier results");
        var output = new StringWriter();
        var error = new StringWriter();
        int code = SandboxCli.Run(["compare", "baseline", "--reps", "2", .. Cli.Small, "--out", dir.Path],
            CliConsole.Capture(output, error), new CancellationToken(canceled: true));
        Assert.Equal(SandboxCli.Cancelled, code);
        Assert.Contains("cancelled", error.ToString());
        Assert.Equal("earlier results", File.ReadAllText(dir.File("summary.csv")));
        Assert.Equal([dir.File("summary.csv")], Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Staged_files_replace_nothing_until_committed()
    {
        using var dir = new TempDirectory();
        var kept = dir.File("headlines.txt");
        File.WriteAllText(kept, "earlier");
        using (var stage = new OutputStage(dir.Path))
        {
            stage.Text("headlines.txt", "new");
            stage.Text("reproduce.txt", "new");
            // Disposed without Commit: as when a later step throws.
        }
        Assert.Equal("earlier", File.ReadAllText(kept));
        Assert.False(File.Exists(dir.File("reproduce.txt")));
        OutputFiles.AssertNoStaging(dir.Path);

        using (var stage = new OutputStage(dir.Path))
        {
            stage.Text("headlines.txt", "new");
            stage.Commit();
        }
        Assert.Equal("new", File.ReadAllText(kept));
        OutputFiles.AssertNoStaging(dir.Path);
    }

    [Fact]
    public void No_command_exits_2_and_lists_the_commands()
    {
        var result = Cli.Invoke();
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: 'sandbox' needs a command: one of run, compare, sweep, sensitivity, decompose, reform, fork, report, params, schema, scenarios, silo, validate",
            result.Error.TrimEnd());
    }

    [Fact]
    public void Help_exits_zero()
    {
        var help = Cli.Invoke("--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "run", "compare", "params", "schema", "scenarios" }) Assert.Contains(command, help.Out);
        Assert.Equal(0, Cli.Invoke("compare", "--help").ExitCode);
    }
}
