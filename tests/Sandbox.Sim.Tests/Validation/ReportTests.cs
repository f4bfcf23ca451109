using Sandbox.Sim.Analysis;
using Sandbox.Sim.Validation;
using Sandbox.Sim.Validation.Reports;

namespace Sandbox.Sim.Tests.Validation;

/// <summary>The report's words and numbers: formats, the HTML page, the CSV columns and the About text.</summary>
public class ReportTests
{
    private static ValidationRow Row(string id, double mean, CheckRole role = CheckRole.Validated, string knownLimit = "", string unit = "share") =>
        new("fact", 3, "Exits <fast>", "UK & Co", id, "About 75% leave", role, unit, TargetBand.Around(0.75, 0.1),
            Summary.Summarise([mean - 0.01, mean + 0.01]), [mean - 0.01, mean + 0.01], role == CheckRole.Reference ? "follows Kroft" : "", knownLimit);

    private static ValidationReport Report(params ValidationRow[] rows) =>
        new(rows, [], Quick: true, Runs: 6, TimeSpan.FromSeconds(3), new Dictionary<string, double>());

    [Fact]
    public void Status_follows_the_band_the_role_and_known_limits()
    {
        var report = Report(Row("in", 0.8), Row("out", 0.5), Row("limit", 0.5, knownLimit: "needs a rule"), Row("ref", 0.1, CheckRole.Reference));
        Assert.Equal([CheckStatus.Pass, CheckStatus.Fail, CheckStatus.Fail, CheckStatus.Reference], report.Rows.Select(r => r.Status));
        Assert.Equal(1, report.Passed);
        Assert.Equal(1, report.KnownLimits);
        Assert.Equal("out", Assert.Single(report.Unexplained).CheckId);
        Assert.Equal("fail (known limit)", ValueFormat.Status(report.Rows[2]));
    }

    [Fact]
    public void Values_read_as_percentages_or_ratios()
    {
        Assert.Equal("75% ± 10%", ValueFormat.Band(TargetBand.Around(0.75, 0.1), "share"));
        Assert.Equal("7.0% ± 1.5%", ValueFormat.Band(TargetBand.Around(0.07, 0.015), "share"));
        Assert.Equal("0.538", ValueFormat.Value(0.5376, "ratio"));
        Assert.Equal("3.00 (2.00–4.50)", ValueFormat.Band(new TargetBand(3, 2, 4.5), "odds ratio"));
        Assert.Equal("12.5%", ValueFormat.Value(0.125, "share"));
        Assert.Equal("–", ValueFormat.Value(double.NaN, "ratio"));
        Assert.Equal("80% (70%–90%)", ValueFormat.Model(new Summary(3, 0.8, 0.05, 0.1, 0.95), "share"));
    }

    [Fact]
    public void The_page_is_self_contained_and_escapes_text()
    {
        string html = ValidationHtml.Render(Report(Row("in", 0.8), Row("limit", 0.5, knownLimit: "needs <outside> applicants")), "# About\n\nPlain **words**.\n\n- one\n- two");
        Assert.StartsWith("<!doctype html>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http", html);
        Assert.Contains("Exits &lt;fast&gt;", html);
        Assert.Contains("UK &amp; Co", html);
        Assert.Contains("known limit — needs &lt;outside&gt; applicants", html);
        Assert.Contains("<h2>About</h2>", html);
        Assert.Contains("<strong>words</strong>", html);
        Assert.Contains("<li>two</li>", html);
        Assert.Contains("1 of 2 published figures are reproduced within tolerance; 1 need a change", html);
    }

    [Fact]
    public void Table_columns_line_up_with_the_rows()
    {
        var report = Report(Row("in", 0.8), Row("out", 0.5));
        var names = ValidationTable.TextColumns(report).Select(c => c.Name).Concat(ValidationTable.NumberColumns(report).Select(c => c.Name));
        Assert.Equal(ValidationTable.Order.Order(), names.Order());
        Assert.All(ValidationTable.NumberColumns(report), c => Assert.Equal(2, c.Values.Count));
        Assert.Equal([0.65, 0.65], ValidationTable.NumberColumns(report).Single(c => c.Name == "passLow").Values);
    }

    [Fact]
    public void The_shipped_about_text_names_the_known_limits()
    {
        string about = FactLibrary.About();
        Assert.Contains("## Known limits", about);
        Assert.Contains("## Main assumptions", about);
        Assert.Contains("<h3>Known limits</h3>", PlainMarkdown.ToHtml(about));
    }
}
