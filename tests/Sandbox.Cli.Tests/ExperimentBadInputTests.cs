namespace Sandbox.Cli.Tests;

public class ExperimentBadInputTests
{
    public static TheoryData<string[], string[]> Cases => new()
    {
        { ["sweep", "baseline"], ["--param", "path=min:max"] },
        { ["sweep", "baseline", "--param", "labourMarket.vacancyRate=-1:5"], ["--param", "labourMarket.vacancyRate", "-1 to 5", "0 to 10"] },
        { ["sweep", "baseline", "--param", "labourMarket.vacancyRate=6:2"], ["labourMarket.vacancyRate", "min ≤ max"] },
        { ["sweep", "baseline", "--param", "labourMarket.vacancyRate"], ["--param", "path=min:max"] },
        { ["sweep", "baseline", "--param", "mechanisms.followUp=none:sometimes"], ["mechanisms.followUp", "sometimes", "none, targetGroup, all"] },
        { ["sweep", "baseline", "--param", "no.such=1:2"], ["no.such", "sandbox params"] },
        { ["sweep", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--param", "labourMarket.vacancyRate=1:3"], ["--param", "at most once"] },
        { ["sweep", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--grid", "1"], ["--grid", "1", "2 to 101"] },
        { ["sweep", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--grid", "3", "--lhs", "10"], ["--lhs", "not both"] },
        { ["sweep", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--outputs", "happiness"], ["--outputs", "happiness", "sustained26Rate"] },
        { ["sweep", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--reps", "0"], ["--reps", "0", "1 to 1000"] },
        { ["sensitivity", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--method", "fast"], ["--method", "fast", "morris or sobol"] },
        { ["sensitivity", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--grid-levels", "3"], ["--grid-levels", "3", "even"] },
        { ["sensitivity", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--method", "sobol", "--base", "2"], ["--base", "2", "8 to 100000"] },
        { ["decompose", "baseline", "--from", "full-integration", "--to", "full-integration"], ["--to", "full-integration", "other than --from"] },
        { ["decompose", "baseline", "--shapley", "orders=3"], ["--shapley", "orders=3", "even"] },
        { ["decompose", "baseline", "--components", "some"], ["--components", "some", "grouped or settings"] },
        { ["decompose", "baseline", "--to", "utopia"], ["--to", "utopia", "full-integration"] },
        { ["reform", "baseline"], ["--to", "a level to switch to"] },
        { ["reform", "baseline", "--to", "full-integration", "--week", "300"], ["reform.week", "300", "before the end of the run"] },
        { ["reform", "baseline", "--to", "full-integration", "--capacity-loss", "0.95"], ["--capacity-loss", "reform.capacityLoss", "0 to 0.9"] },
        { ["reform", "baseline", "--to", "co-location"], ["--to", "co-location", "other than"] },
        { ["fork", "baseline"], ["--week", "the week of the fork"] },
        { ["fork", "baseline", "--week", "260"], ["--week", "260", "1 to 259"] },
        { ["fork", "baseline", "--week", "10", "--baseline", "utopia"], ["--baseline", "utopia", "co-location"] },
        { ["compare", "baseline", "--precision", "sustained26Rate"], ["--precision", "metric=halfwidth"] },
        { ["compare", "baseline", "--precision", "sustained26Rate=-1"], ["--precision", "above 0"] },
        { ["compare", "baseline", "--precision", "happiness=1%"], ["--outputs", "happiness"] },
        { ["compare", "baseline", "--min-reps", "3"], ["--min-reps", "only with --precision"] },
        { ["report", "no-such-folder"], ["EXPERIMENT", "no-such-folder", "experiment.json"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_exits_2_with_one_line_naming_flag_value_and_range(string[] args, string[] expected) =>
        BadInputAssert.Rejected(args, expected);

    [Theory]
    [InlineData("sweep")]
    [InlineData("sensitivity")]
    [InlineData("decompose")]
    [InlineData("reform")]
    [InlineData("fork")]
    public void Every_long_command_has_help_with_resume(string command)
    {
        var result = Cli.Invoke(command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--resume", result.Out);
        Assert.Contains("--parallel", result.Out);
    }

    [Fact]
    public void Report_has_help()
    {
        var result = Cli.Invoke("report", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--format", result.Out);
    }
}
