using System.Globalization;
using Sandbox.Reporting;
using Sandbox.Sim.Experiments;

namespace Sandbox.Cli.Tests;

/// <summary>Runs each experiment command once on a tiny scenario; the tests read what they wrote.</summary>
public sealed class ExperimentFixture : IDisposable
{
    public static readonly string[] Tiny = ["--set", "population.initialStock=300", "--set", "population.weeklyInflow=5", "--weeks", "30"];

    public TempDirectory Dir { get; } = new();

    public ExperimentFixture()
    {
        Sweep = Cli.Invoke(["sweep", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--param", "mechanisms.followUp=none:all", "--grid", "3",
            "--reps", "2", "--outputs", "employmentRate,cumulativeServiceCost", "--format", "both", .. Tiny, "--out", Out("sweep")]);
        Sensitivity = Cli.Invoke(["sensitivity", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--param", "costs.benefitPerWeek=100:300",
            "--trajectories", "3", "--reps", "1", "--outputs", "employmentRate,cumulativeCost", .. Tiny, "--out", Out("sensitivity")]);
        Decompose = Cli.Invoke(["decompose", "baseline", "--reps", "2", "--outputs", "employmentRate,cumulativeServiceCost", .. Tiny, "--out", Out("decompose")]);
        Reform = Cli.Invoke(["reform", "baseline", "--to", "full-integration", "--week", "10", "--transition-weeks", "8", "--reps", "5", .. Tiny, "--out", Out("reform")]);
        Fork = Cli.Invoke(["fork", "baseline", "--week", "12", "--levels", "co-location,full-integration", "--reps", "2", .. Tiny, "--out", Out("fork")]);
    }

    public CliRun Sweep { get; }
    public CliRun Sensitivity { get; }
    public CliRun Decompose { get; }
    public CliRun Reform { get; }
    public CliRun Fork { get; }

    public string Out(string name) => Dir.File(name);

    public void Dispose() => Dir.Dispose();
}

public class ExperimentCommandTests(ExperimentFixture fx) : IClassFixture<ExperimentFixture>
{
    private static string[][] Rows(string path) => File.ReadAllLines(path).Where(l => l.Length > 0).Skip(1).Select(l => l.Split(',')).ToArray();

    private static string Header(string path) => File.ReadLines(path).First();

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static void AssertExperimentFolder(CliRun run, string dir, string kind)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var f in new[] { "experiment.json", "scenario.json", "reproduce.txt", "headlines.txt" }) Assert.True(File.Exists(Path.Combine(dir, f)), f);
        var manifest = ExperimentManifest.Parse(File.ReadAllText(Path.Combine(dir, "experiment.json")));
        Assert.Equal(kind, manifest.Kind);
        Assert.StartsWith("sandbox " + kind, manifest.Command);
        Assert.NotEmpty(manifest.Method);
        Assert.Equal(64, manifest.Fingerprint.Length);
        foreach (var file in manifest.Files)
        {
            if (file.Role == ManifestRole.Chart) OutputFiles.AssertChart(dir, file.Name);
            else Assert.True(File.Exists(Path.Combine(dir, file.Name)), file.Name);
        }
        Assert.True(Directory.EnumerateFiles(Path.Combine(dir, "runs"), "*.run").Any());
        OutputFiles.AssertNoStaging(dir);
    }

    [Fact]
    public void Sweep_writes_mean_sd_and_ci_per_point_as_csv_and_parquet()
    {
        string dir = fx.Out("sweep");
        AssertExperimentFolder(fx.Sweep, dir, "sweep");
        Assert.Equal("point,labourMarket.vacancyRate,mechanisms.followUp,output,n,mean,sd,ci_low,ci_high", Header(Path.Combine(dir, "sweep.csv")));
        var rows = Rows(Path.Combine(dir, "sweep.csv"));
        Assert.Equal(9 * 2, rows.Length);
        Assert.All(rows, r => Assert.Equal("2", r[4]));
        Assert.All(rows, r => Assert.InRange(D(r[5]), D(r[7]), D(r[8])));
        Assert.Equal(18, ParquetTableReader.Read(Path.Combine(dir, "sweep.parquet")).RowCount);
        Assert.Equal(9 * 2 * 2, Rows(Path.Combine(dir, "runs.csv")).Length);
        OutputFiles.AssertChart(dir, "effect-labourMarket.vacancyRate");
        Assert.Contains("Best point for the employment rate", fx.Sweep.Out);
        Assert.Matches(@"It is .+ \(\S+%\) that the best beats the runner-up", File.ReadAllText(Path.Combine(dir, "headlines.txt")));
    }

    [Fact]
    public void A_resumed_sweep_reuses_finished_runs_and_writes_the_same_numbers()
    {
        using var copy = new TempDirectory();
        var args = new[] { "sweep", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--param", "mechanisms.followUp=none:all", "--grid", "3",
            "--reps", "2", "--outputs", "employmentRate,cumulativeServiceCost", "--format", "both" }.Concat(ExperimentFixture.Tiny).ToArray();
        // An interrupted call: some runs finished, the rest never started.
        CopyDirectory(Path.Combine(fx.Out("sweep"), "runs"), Path.Combine(copy.Path, "runs"));
        var runs = Directory.GetFiles(Path.Combine(copy.Path, "runs"), "*.run").Order().ToArray();
        foreach (var f in runs.Skip(7)) File.Delete(f);

        var resumed = Cli.Invoke([.. args, "--parallel", "1", "--resume", "--out", copy.Path]);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains("Resuming: 7 runs already finished", resumed.Out);
        foreach (var file in new[] { "sweep.csv", "main-effects.csv", "runs.csv", "headlines.txt" })
            Assert.Equal(File.ReadAllText(Path.Combine(fx.Out("sweep"), file)), File.ReadAllText(Path.Combine(copy.Path, file)));

        var other = Cli.Invoke(["sweep", "baseline", "--param", "labourMarket.vacancyRate=2:7", "--grid", "3", .. ExperimentFixture.Tiny, "--resume", "--out", copy.Path]);
        Assert.Equal(2, other.ExitCode);
        Assert.Contains("--resume", other.Error);
        Assert.Contains("belong to another", other.Error);
    }

    [Fact]
    public void A_cancelled_sweep_exits_130_keeps_earlier_outputs_and_leaves_no_staging()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("sweep.csv"), "earlier");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var output = new StringWriter();
        var error = new StringWriter();
        int code = SandboxCli.Run(["sweep", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--grid", "3", .. ExperimentFixture.Tiny, "--out", dir.Path],
            CliConsole.Capture(output, error), cancel.Token);
        Assert.Equal(SandboxCli.Cancelled, code);
        Assert.Equal("earlier", File.ReadAllText(dir.File("sweep.csv")));
        OutputFiles.AssertNoStaging(dir.Path);
    }

    [Fact]
    public void Sensitivity_gives_Morris_effects_a_tornado_and_zero_effect_for_a_cost_only_parameter_on_employment()
    {
        string dir = fx.Out("sensitivity");
        AssertExperimentFolder(fx.Sensitivity, dir, "sensitivity");
        Assert.Equal("output,parameter,mu,mu_star,sigma", Header(Path.Combine(dir, "morris.csv")));
        var morris = Rows(Path.Combine(dir, "morris.csv"));
        Assert.Equal(4, morris.Length);
        Assert.Equal(0, D(morris.Single(r => r[0] == "employmentRate" && r[1] == "costs.benefitPerWeek")[3]));
        Assert.True(D(morris.Single(r => r[0] == "cumulativeCost" && r[1] == "costs.benefitPerWeek")[2]) > 0);
        Assert.Equal(4, Rows(Path.Combine(dir, "tornado.csv")).Length);
        OutputFiles.AssertChart(dir, "tornado-employmentRate");
        OutputFiles.AssertChart(dir, "morris-cumulativeCost");
    }

    [Fact]
    public void Sobol_indices_come_with_bootstrap_intervals()
    {
        using var dir = new TempDirectory();
        var result = Cli.Invoke(["sensitivity", "baseline", "--param", "labourMarket.vacancyRate=2:6", "--param", "costs.benefitPerWeek=100:300",
            "--method", "sobol", "--base", "8", "--resamples", "20", "--reps", "1", "--outputs", "cumulativeCost", .. ExperimentFixture.Tiny, "--out", dir.Path]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("output,parameter,first,first_ci_low,first_ci_high,total,total_ci_low,total_ci_high", Header(dir.File("sobol.csv")));
        Assert.Equal(2, Rows(dir.File("sobol.csv")).Length);
        OutputFiles.AssertChart(dir.Path, "sobol-cumulativeCost");
    }

    [Fact]
    public void Decomposition_contributions_in_the_files_add_up_to_the_total()
    {
        string dir = fx.Out("decompose");
        AssertExperimentFolder(fx.Decompose, dir, "decompose");
        var totals = Rows(Path.Combine(dir, "totals.csv")).ToDictionary(r => r[0], r => D(r[4]));
        var path = Rows(Path.Combine(dir, "path.csv"));
        var shapley = Rows(Path.Combine(dir, "shapley.csv"));
        Assert.Equal(10 * 2, path.Length);
        Assert.Equal(6 * 2, shapley.Length);
        foreach (var (output, total) in totals)
        {
            double scale = Math.Max(1, Math.Abs(total));
            Assert.True(Math.Abs(total - path.Where(r => r[4] == output).Sum(r => D(r[6]))) <= 1e-9 * scale, output);
            Assert.True(Math.Abs(total - shapley.Where(r => r[2] == output).Sum(r => D(r[3]))) <= 1e-9 * scale, output);
        }
        Assert.Equal("mechanisms.followUp", path[0][1]);
        var shift = Rows(Path.Combine(dir, "cost-shift.csv"));
        Assert.Contains(shift, r => r[0] == "pes" && r[1] == "itData" && r[7] == "pays more");
        Assert.Equal(["all", "all"], shift[^1][..2]);
        OutputFiles.AssertChart(dir, "cost-shift");
        OutputFiles.AssertChart(dir, "shapley-employmentRate");
        Assert.Matches(@"\b(PES|Social services|Health|Housing|Training|Debt advice)[^\n]* pays €", File.ReadAllText(Path.Combine(dir, "headlines.txt")));
    }

    [Fact]
    public void Reform_compares_the_transition_with_staying_put_and_an_instant_switch_and_cites_its_sources()
    {
        string dir = fx.Out("reform");
        AssertExperimentFolder(fx.Reform, dir, "reform");
        var summary = Rows(Path.Combine(dir, "summary.csv"));
        Assert.Equal(["stay", "reform", "instant"], summary.Select(r => r[0]).Distinct());
        // The three paths are the same run before the reform week.
        string At(string variant, int week) => summary.Single(r => r[0] == variant && r[1] == week.ToString() && r[2] == "employed" && r[3] == "all" && r[4] == "")[6];
        Assert.Equal(At("stay", 10), At("reform", 10));
        Assert.Equal(At("stay", 10), At("instant", 10));
        var transition = Rows(Path.Combine(dir, "transition.csv"));
        Assert.Contains(transition, r => r[0] == "reform.transitionWeeks" && r[1] == "8");
        Assert.Contains("Investment in the skills of staff", File.ReadAllText(Path.Combine(dir, "transition.csv")));
        OutputFiles.AssertChart(dir, "fan-sustained26Rate-reform");
        OutputFiles.AssertChart(dir, "cumulativeCost-vs-stay");
        Assert.Contains("an instant switch", File.ReadAllText(Path.Combine(dir, "headlines.txt")));
        var beats = Rows(Path.Combine(dir, "beats.csv"));
        Assert.Equal(5 * 6, beats.Length);
    }

    [Fact]
    public void Fork_branches_share_weeks_before_the_fork_and_carry_confidence_notes()
    {
        string dir = fx.Out("fork");
        AssertExperimentFolder(fx.Fork, dir, "fork");
        var summary = Rows(Path.Combine(dir, "summary.csv"));
        string At(string variant, int week) => summary.Single(r => r[0] == variant && r[1] == week.ToString() && r[2] == "cumulativeCracks" && r[3] == "all" && r[4] == "")[6];
        Assert.Equal(At("co-location", 12), At("full-integration", 12));
        Assert.NotEqual(At("co-location", 30), At("full-integration", 30));
        Assert.Matches(@"It is .+ \(\S+%\) that full integration does better than co-location", fx.Fork.Out);
    }

    [Fact]
    public void Reports_are_self_contained_html_and_markdown_beside_the_charts()
    {
        string dir = fx.Out("decompose");
        var result = Cli.Invoke("report", dir, "--format", "both");
        Assert.True(result.ExitCode == 0, result.Error);
        string html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotMatch("(src|href)=\"(https?:|//|[^\"#d][^\"]*\\.(svg|png|csv))", html);
        Assert.Contains("src=\"data:image/svg+xml;base64,", html);
        Assert.Contains("Shapley", html);
        Assert.Contains("Cost shifting", html);
        Assert.Contains("download=\"path.csv\"", html);
        Assert.Contains("&quot;fingerprint&quot;", html);
        Assert.Contains("virtually certain ≥ 99%, very likely ≥ 90%", html); // the wording scale is explained beside the findings

        string md = File.ReadAllText(Path.Combine(dir, "report.md"));
        Assert.StartsWith("# Decomposition of full integration against co-location", md);
        foreach (var image in System.Text.RegularExpressions.Regex.Matches(md, @"!\[[^\]]*\]\(([^)]+)\)").Select(m => m.Groups[1].Value))
            Assert.True(File.Exists(Path.Combine(dir, image)), image);
        Assert.Contains("```json", md);
    }

    [Fact]
    public void A_report_elsewhere_links_back_to_the_experiment_folder()
    {
        using var other = new TempDirectory();
        var result = Cli.Invoke("report", fx.Out("fork"), "--format", "markdown", "--out", other.File("fork.md"));
        Assert.True(result.ExitCode == 0, result.Error);
        string md = File.ReadAllText(other.File("fork.md"));
        var image = System.Text.RegularExpressions.Regex.Match(md, @"!\[[^\]]*\]\(([^)]+)\)").Groups[1].Value;
        Assert.True(File.Exists(Path.Combine(other.Path, image)), image);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
