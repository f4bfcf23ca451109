using System.Net;
using System.Net.Http.Json;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Compare;
using Sandbox.Dashboard.Experiments;

namespace Sandbox.Dashboard.Tests;

/// <summary>Compares and sweeps through the API: matched seeds, bands, differences, probabilities and sentences.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ExperimentApiTests(DashboardHost host)
{
    internal static async Task<ExperimentInfo> RunToEnd(HttpClient http, ExperimentRequest request)
    {
        var launched = await http.PostAsJsonAsync("/api/experiments", request, DashboardHost.Json);
        Assert.Equal(HttpStatusCode.OK, launched.StatusCode);
        var info = (await launched.Content.ReadFromJsonAsync<ExperimentInfo>(DashboardHost.Json))!;
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!info.IsOver && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            info = (await http.GetFromJsonAsync<ExperimentInfo>($"/api/experiments/{info.Id}", DashboardHost.Json))!;
        }
        Assert.Equal(ExperimentStatus.Completed, info.Status);
        return info;
    }

    [Fact]
    public async Task Compare_of_the_four_levels_gives_bands_differences_probabilities_and_sentences()
    {
        using var http = host.Http();
        var info = await RunToEnd(http, new ExperimentRequest { Scenario = SmallScenario.Request(), Replications = 4 });
        Assert.Equal(16, info.Total);

        var view = (await http.GetFromJsonAsync<CompareView>($"/api/experiments/{info.Id}/compare?metric=sustained26Rate&baseline=co-location", DashboardHost.Json))!;
        Assert.Equal(["co-location", "mainstreamed", "joint-planning", "full-integration"], view.Variants.Select(v => v.Name));
        Assert.Equal(4, view.Levels.Count);
        Assert.Equal(3, view.Differences.Count);
        Assert.All(view.Levels, b => Assert.Equal(40, b.Mean.Length));
        Assert.All(view.Levels, b => Assert.True(b.Low[^1] <= b.Mean[^1] && b.Mean[^1] <= b.High[^1]));
        Assert.Equal(4, view.Seeds.Count);
        Assert.Equal(4, view.Headlines.Count);
        Assert.All(view.Headlines.Where(h => !h.IsBaseline), h => Assert.Contains("CI", h.Sentence));
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                if (i != j) Assert.Equal(1, view.Probabilities.Matrix[i][j] + view.Probabilities.Matrix[j][i], 9);

        var cost = (await http.GetFromJsonAsync<CompareView>($"/api/experiments/{info.Id}/compare?metric=costPerSustainedJob&baseline=full-integration", DashboardHost.Json))!;
        Assert.Equal("full-integration", cost.Baseline);
        Assert.False(cost.Metric.HigherIsBetter);
    }

    [Fact]
    public async Task Sweep_gives_one_point_per_value()
    {
        using var http = host.Http();
        var info = await RunToEnd(http, new ExperimentRequest
        {
            Kind = "sweep", Scenario = SmallScenario.Request(), SweepPath = "mechanisms.pooledBudget", SweepValues = [0, 0.5, 1], Replications = 2,
        });
        var view = (await http.GetFromJsonAsync<SweepView>($"/api/experiments/{info.Id}/sweep?metric=employmentRate", DashboardHost.Json))!;
        Assert.Equal([0, 0.5, 1], view.X);
        Assert.Equal(3, view.Mean.Length);
        Assert.Equal("mechanisms.pooledBudget", view.Parameter.Path);
    }

    [Theory]
    [InlineData("""{"kind":"compare","replications":0}""", "replications")]
    [InlineData("""{"kind":"compare","replications":5000}""", "replications")]
    [InlineData("""{"kind":"compare","levels":["nowhere"]}""", "levels")]
    [InlineData("""{"kind":"sweep","sweepPath":"mechanisms.pooledBudget","sweepValues":[0,7]}""", "mechanisms.pooledBudget")]
    [InlineData("""{"kind":"sweep","sweepPath":"agencies.debt.treatmentWeeks","sweepValues":[4,6.5]}""", "agencies.debt.treatmentWeeks")]
    [InlineData("""{"kind":"party"}""", "kind")]
    [InlineData("""{"kind":"compare","replications":"many"}""", "replications")]
    public async Task Bad_experiments_are_refused_by_field(string body, string field)
    {
        using var http = host.Http();
        var response = await http.PostAsync("/api/experiments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await response.Content.ReadFromJsonAsync<ApiError>(DashboardHost.Json))!.Field);
    }
}
