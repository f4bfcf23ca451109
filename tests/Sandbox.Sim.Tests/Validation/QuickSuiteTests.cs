using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Reports;
using Xunit.Abstractions;

namespace Sandbox.Sim.Tests.Validation;

/// <summary>
/// The shipped facts, run small (quick populations, 2–4 replications): every checked figure stays within its
/// tolerance, except the known limits the fact files document. This is what fails when a change to the
/// rules or a default moves the model away from what is known.
/// </summary>
public class QuickSuiteTests(QuickSuite suite, ITestOutputHelper output) : IClassFixture<QuickSuite>
{
    [Fact]
    public void Every_checked_figure_is_within_tolerance_or_a_documented_known_limit()
    {
        foreach (var r in suite.Report.Rows)
            output.WriteLine($"{r.Key,-42} target {ValueFormat.Band(r.Band, r.Unit),-22} model {ValueFormat.Model(r.Model, r.Unit),-24} {ValueFormat.Status(r)}");
        output.WriteLine($"{suite.Report.Runs} runs in {suite.Elapsed.TotalSeconds:0.0} s");
        var unexplained = suite.Report.Unexplained;
        Assert.True(unexplained.Count == 0,
            "outside tolerance: " + string.Join("; ", unexplained.Select(r => $"{r.Key} = {ValueFormat.Model(r.Model, r.Unit)}, target {ValueFormat.Band(r.Band, r.Unit)}")));
    }

    [Fact]
    public void Every_shipped_fact_and_check_is_in_the_report()
    {
        var facts = FactLibrary.All();
        Assert.Equal(facts.Sum(f => f.Checks.Count), suite.Report.Rows.Count);
        Assert.All(suite.Report.Rows, r => Assert.False(double.IsNaN(r.Model.Mean), $"{r.Key} has no value"));
        Assert.All(suite.Report.Rows, r => Assert.True(r.Model.N >= 2, $"{r.Key} has no confidence interval"));
    }

    [Fact]
    public void Integration_raises_employment_more_for_severe_health_barriers_than_for_all()
    {
        // The IPS row counts only severe cases, as the trials enrolled; its reference row counts every health barrier.
        var rows = suite.Report.Rows.ToDictionary(r => r.Key);
        Assert.True(rows["ips-integration/relativeRisk"].Model.Mean > rows["ips-integration/anyHealthBarrier"].Model.Mean + 0.1);
    }

    [Fact]
    public void Covers_every_fact_of_the_model_brief()
    {
        var numbers = FactLibrary.All().Select(f => f.Fact).ToHashSet();
        Assert.All(Enumerable.Range(1, 9), n => Assert.Contains(n, numbers));
    }

    [Fact]
    public void The_quick_suite_is_a_reduced_version_of_every_fact()
    {
        // Its speed is held by its size, never by a clock: fewer replications, no larger population, no more weeks.
        foreach (var f in FactLibrary.All())
        {
            Assert.True(f.Quick.Replications >= 2 && f.Quick.Replications < f.Replications,
                $"{f.Id}: quick replications {f.Quick.Replications}, full {f.Replications}");
            Assert.True(f.Quick.Scale <= 1.0, $"{f.Id}: quick scale {f.Quick.Scale}");
            if (f.Quick.Weeks is int weeks && f.Weeks is int full) Assert.True(weeks <= full, $"{f.Id}: quick weeks {weeks}, full {full}");
        }
    }
}
