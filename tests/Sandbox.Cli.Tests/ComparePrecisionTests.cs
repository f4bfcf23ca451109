using Sandbox.Sim.Experiments;

namespace Sandbox.Cli.Tests;

public class ComparePrecisionTests
{
    [Fact]
    public void Compare_adds_replications_until_precise_and_says_how_it_stopped()
    {
        using var dir = new TempDirectory();
        var result = Cli.Invoke(["compare", "baseline", "--levels", "co-location,full-integration", "--precision", "employmentRate=5%", "--min-reps", "3",
            "--reps", "8", .. ExperimentFixture.Tiny, "--out", dir.Path]);
        Assert.True(result.ExitCode == 0, result.Error);
        var manifest = ExperimentManifest.Parse(File.ReadAllText(dir.File("experiment.json")));
        Assert.Equal("compare", manifest.Kind);
        Assert.Contains("Adaptive replications", manifest.Method);
        Assert.InRange(manifest.Seeds.Count, 3, 8);
        Assert.True(File.Exists(dir.File("beats.csv")));
        Assert.Contains("It is ", File.ReadAllText(dir.File("headlines.txt")));
    }
}
