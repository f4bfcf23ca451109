using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Compare;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Experiments.Reports;
using Sandbox.Dashboard.Experiments.Research;

namespace Sandbox.Dashboard.Tests;

/// <summary>
/// The researchers' experiments through the API on a small scenario: each kind runs, its results carry the shared
/// analysis' tables, charts and sentences, exports and the report download, and bad input names its field.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ResearchApiTests(DashboardHost host)
{
    private static ExperimentRequest Request(string kind, int replications = 2) =>
        new() { Kind = kind, Scenario = SmallScenario.Request(weeks: 30), Replications = replications, BaseSeed = 7 };

    private static readonly RangeRequest Pooled = new() { Path = "mechanisms.pooledBudget", Min = "0", Max = "1" };
    private static readonly RangeRequest Vacancies = new() { Path = "labourMarket.vacancyRate", Min = "2", Max = "6" };

    private async Task<(ExperimentInfo Info, ResultsView Results)> Run(HttpClient http, ExperimentRequest request)
    {
        var info = await ExperimentApiTests.RunToEnd(http, request);
        var results = (await http.GetFromJsonAsync<ResultsView>($"/api/experiments/{info.Id}/results", DashboardHost.Json))!;
        return (info, results);
    }

    [Fact]
    public async Task Grid_sweep_over_two_settings_summarises_every_point_and_downloads()
    {
        using var http = host.Http();
        var (info, r) = await Run(http, Request("multisweep") with
        {
            Ranges = [Pooled, Vacancies], Design = new DesignRequest { Design = "grid", Size = 2 }, Outputs = ["sustained26Rate", "cumulativeServiceCost"],
        });
        Assert.Equal(8, info.Total); // 2 × 2 points × 2 replications
        var sweep = r.Tables.Single(t => t.Name == "sweep");
        Assert.Equal(8, sweep.TotalRows); // 4 points × 2 outputs
        Assert.Contains("mechanisms.pooledBudget", sweep.Columns);
        Assert.Contains("labourMarket.vacancyRate", sweep.Columns);
        Assert.Equal(2, r.Charts.Count(c => c.Name.StartsWith("effect-", StringComparison.Ordinal)));
        Assert.Contains(r.Headlines, h => h.StartsWith("Best point for", StringComparison.Ordinal));

        string csv = await http.GetStringAsync($"/api/export/csv?source=experiment&id={info.Id}&chart=sweep");
        Assert.StartsWith("point,mechanisms.pooledBudget,labourMarket.vacancyRate,output", csv);
        var svgResponse = await http.GetAsync($"/api/export/svg?source=experiment&id={info.Id}&chart=effect-mechanisms.pooledBudget");
        string svg = await svgResponse.Content.ReadAsStringAsync();
        Assert.True(svgResponse.IsSuccessStatusCode, svg);
        Assert.Contains("<svg", svg);
        string report = await http.GetStringAsync($"/api/experiments/{info.Id}/report?format=html");
        Assert.Contains("Sweep of mechanisms.pooledBudget, labourMarket.vacancyRate", report);
        Assert.Contains("data:image/svg+xml;base64,", report);
        var bundle = await http.GetByteArrayAsync($"/api/export/bundle?source=experiment&id={info.Id}&chart=sweep");
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bundle));
        Assert.Contains(zip.Entries, e => e.Name == "experiment.json");
        Assert.Contains(zip.Entries, e => e.Name == "scenario.json");
    }

    [Fact]
    public async Task Latin_hypercube_sweep_has_the_points_asked_for()
    {
        using var http = host.Http();
        var (info, r) = await Run(http, Request("multisweep", 1) with { Ranges = [Pooled, Vacancies], Design = new DesignRequest { Design = "lhs", Size = 5 } });
        Assert.Equal(5, info.Total);
        Assert.Equal(5, r.Tables.Single(t => t.Name == "points").TotalRows);
        // Plans of independent runs go to the Orleans cluster the dashboard's silo belongs to, as compares do.
        Assert.Equal(Sandbox.Dashboard.Experiments.Research.PlanExecution.Cluster, info.Engine);
    }

    [Fact]
    public async Task Morris_sensitivity_gives_effects_and_a_tornado()
    {
        using var http = host.Http();
        var (info, r) = await Run(http, Request("sensitivity", 1) with
        {
            Ranges = [Pooled, Vacancies], Sensitivity = new SensitivityRequest { Method = "morris", Trajectories = 2 }, Outputs = ["sustained26Rate"],
        });
        Assert.Equal(2 * 3 + 5, info.Total); // r(d+1) Morris points and 2d+1 tornado points
        var morris = r.Tables.Single(t => t.Name == "morris");
        Assert.Equal(2, morris.TotalRows);
        var tornado = r.Charts.Single(c => c.Name == "tornado-sustained26Rate");
        Assert.Equal("tornado", tornado.Type);
        Assert.Equal(2, tornado.Categories!.Count);
        Assert.Contains(r.Headlines, h => h.Contains("(Morris)", StringComparison.Ordinal) || h.Contains("No parameter moved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sobol_sensitivity_gives_first_and_total_indices()
    {
        using var http = host.Http();
        var (_, r) = await Run(http, Request("sensitivity", 1) with
        {
            Ranges = [Pooled, Vacancies], Sensitivity = new SensitivityRequest { Method = "sobol", BaseSize = 8, Resamples = 20 }, Outputs = ["cumulativeServiceCost"],
        });
        var sobol = r.Tables.Single(t => t.Name == "sobol");
        Assert.Contains("first", sobol.Columns);
        Assert.Contains("total", sobol.Columns);
        Assert.Contains(r.Charts, c => c.Name == "sobol-cumulativeServiceCost" && c.Type == "bars");
    }

    [Fact]
    public async Task Decomposition_shapley_values_add_up_to_the_total()
    {
        using var http = host.Http();
        var (info, r) = await Run(http, Request("decompose", 2) with { Outputs = ["sustained26Rate"] });
        Assert.Contains(r.Tables, t => t.Name == "cost-shift");
        var totals = Csv(await http.GetStringAsync($"/api/export/csv?source=experiment&id={info.Id}&chart=totals"));
        var shapley = Csv(await http.GetStringAsync($"/api/export/csv?source=experiment&id={info.Id}&chart=shapley"));
        double total = totals.Single()["diff_mean"];
        double sum = shapley.Sum(row => row["value_mean"]);
        Assert.Equal(total, sum, 9);
        Assert.Contains(r.Headlines, h => h.Contains("against co-location", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reform_path_has_three_paths_and_opens_in_compare()
    {
        using var http = host.Http();
        var (info, r) = await Run(http, Request("reform") with { Reform = new ReformRequest { To = "full-integration", Week = 10, TransitionWeeks = 6 } });
        Assert.True(r.HasCurves);
        Assert.Equal(Sandbox.Dashboard.Experiments.Research.ResearchWork.InProcess, info.Engine); // whole weekly series: kept in process
        var transition = r.Tables.Single(t => t.Name == "transition");
        Assert.Contains(transition.Rows, row => row[0] == "reform.transitionWeeks" && row[1] == "6");
        var view = (await http.GetFromJsonAsync<CompareView>($"/api/experiments/{info.Id}/compare?metric=sustained26Rate", DashboardHost.Json))!;
        Assert.Equal(3, view.Variants.Count);
        // Every path is the same run before the reform week (common seeds, same mechanisms until then).
        Assert.All(view.Levels, b => Assert.Equal(view.Levels[0].Mean[5], b.Mean[5]));
    }

    [Fact]
    public async Task Fork_branches_share_the_past_and_differ_after()
    {
        using var http = host.Http();
        var (info, r) = await Run(http, Request("fork") with { Fork = new ForkRequest { Week = 12 }, Levels = ["co-location", "full-integration"] });
        Assert.Equal(2, info.Total); // one shared past per replication, branched in memory
        var view = (await http.GetFromJsonAsync<CompareView>($"/api/experiments/{info.Id}/compare?metric=cumulativeServiceCost", DashboardHost.Json))!;
        Assert.Equal(2, view.Variants.Count);
        Assert.Equal(view.Levels[0].Mean[10], view.Levels[1].Mean[10]);
        Assert.NotEqual(view.Levels[0].Mean[^1], view.Levels[1].Mean[^1]);
        Assert.Contains(r.Tables, t => t.Name == "beats");
    }

    [Fact]
    public async Task Adaptive_compare_stops_within_its_cap_and_states_the_rule()
    {
        using var http = host.Http();
        var (info, r) = await Run(http, Request("adaptive", 6) with
        {
            Levels = ["co-location", "full-integration"],
            Precision = new PrecisionRequest { Targets = [new PrecisionTargetRequest { Output = "sustained26Rate", Relative = 0.5 }], MinReplications = 2 },
        });
        Assert.InRange(info.Total, 4, 12);
        Assert.Equal(info.Total, info.Finished);
        Assert.Contains("Adaptive replications", r.Method);
    }

    [Theory]
    [InlineData("""{"kind":"multisweep","design":{"design":"grid","size":3}}""", "ranges")]
    [InlineData("""{"kind":"multisweep","ranges":[{"path":"mechanisms.pooledBudget","min":"0","max":"7"}]}""", "mechanisms.pooledBudget")]
    [InlineData("""{"kind":"multisweep","ranges":[{"path":"mechanisms.pooledBudget","min":"0","max":"1"}],"design":{"design":"grid","size":1}}""", "design.size")]
    [InlineData("""{"kind":"multisweep","ranges":[{"path":"mechanisms.pooledBudget","min":"0","max":"1"}],"design":{"design":"cube","size":3}}""", "design.design")]
    [InlineData("""{"kind":"multisweep","ranges":[{"path":"mechanisms.pooledBudget","min":"0","max":"1"}],"design":{"design":"lhs","size":90000},"replications":2}""", "design.size")]
    [InlineData("""{"kind":"sensitivity","ranges":[{"path":"mechanisms.pooledBudget","min":"0","max":"1"}],"sensitivity":{"method":"morris","gridLevels":3}}""", "sensitivity.gridLevels")]
    [InlineData("""{"kind":"sensitivity","ranges":[{"path":"mechanisms.pooledBudget","min":"0","max":"1"}],"sensitivity":{"method":"fast"}}""", "sensitivity.method")]
    [InlineData("""{"kind":"sensitivity","ranges":[{"path":"mechanisms.pooledBudget","min":"0","max":"1"}],"outputs":["happiness"]}""", "outputs")]
    [InlineData("""{"kind":"decompose","decomposition":{"from":"full-integration","to":"full-integration"}}""", "decomposition.to")]
    [InlineData("""{"kind":"decompose","decomposition":{"orders":3}}""", "decomposition.orders")]
    [InlineData("""{"kind":"reform","reform":{"to":"nowhere"}}""", "reform.to")]
    [InlineData("""{"kind":"reform","reform":{"to":"full-integration","capacityLoss":5}}""", "reform.capacityLoss")]
    [InlineData("""{"kind":"fork","fork":{"week":0}}""", "fork.week")]
    [InlineData("""{"kind":"adaptive","precision":{"targets":[]}}""", "precision.targets")]
    [InlineData("""{"kind":"adaptive","precision":{"targets":[{"output":"sustained26Rate","relative":0}]}}""", "precision.targets")]
    [InlineData("""{"kind":"sensitivity","replications":0}""", "replications")]
    public async Task Bad_research_experiments_are_refused_by_field(string body, string field)
    {
        using var http = host.Http();
        var response = await http.PostAsync("/api/experiments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<ApiError>(DashboardHost.Json))!;
        Assert.Equal(field, error.Field);
        Assert.False(string.IsNullOrEmpty(error.Allowed));
    }

    [Fact]
    public async Task A_compare_from_the_engine_has_a_report_too()
    {
        using var http = host.Http();
        var info = await ExperimentApiTests.RunToEnd(http, new ExperimentRequest { Scenario = SmallScenario.Request(weeks: 30), Replications = 2, Levels = ["co-location", "full-integration"] });
        string report = await http.GetStringAsync($"/api/experiments/{info.Id}/report?format=html");
        Assert.Contains("<h2>Findings</h2>", report);
        Assert.Contains("sandbox compare scenario.json --levels co-location,full-integration", report);
        var markdown = await http.GetByteArrayAsync($"/api/experiments/{info.Id}/report?format=markdown");
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(markdown));
        Assert.Contains(zip.Entries, e => e.Name == "report.md");
        Assert.Contains(zip.Entries, e => e.Name.EndsWith(".png", StringComparison.Ordinal));
    }

    private static List<Dictionary<string, double>> Csv(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            var row = new Dictionary<string, double>();
            for (int i = 0; i < header.Length; i++)
                if (double.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out double v)) row[header[i]] = v;
            return row;
        }).ToList();
    }
}
