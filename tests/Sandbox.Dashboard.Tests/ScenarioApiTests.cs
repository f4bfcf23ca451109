using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Scenarios;

namespace Sandbox.Dashboard.Tests;

/// <summary>The scenario editor's API: library, parameters with ranges and sources, validation errors by field, files, sign-in.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ScenarioApiTests(DashboardHost host)
{
    [Fact]
    public async Task Library_lists_case_studies_and_the_four_levels()
    {
        using var http = host.Http();
        var doc = await http.GetFromJsonAsync<JsonElement>("/api/scenarios");
        var names = doc.GetProperty("library").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToArray();
        Assert.Contains("baseline", names);
        Assert.Contains("cases/france-joint-diagnosis", names);
        Assert.Equal(4, doc.GetProperty("levels").GetArrayLength());
    }

    [Fact]
    public async Task Every_parameter_shows_its_range_and_the_source_of_its_default()
    {
        using var http = host.Http();
        var doc = await http.GetFromJsonAsync<ScenarioDocument>("/api/scenarios/baseline", DashboardHost.Json);
        var parameters = doc!.Groups.SelectMany(g => g.Parameters).ToArray();
        Assert.True(parameters.Length > 60, $"only {parameters.Length} parameters");
        Assert.All(parameters, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Source), p.Path);
            Assert.False(string.IsNullOrWhiteSpace(p.Label), p.Path);
            Assert.InRange(p.Value!.Value, p.Min, p.Max);
        });
        Assert.Equal("co-location", doc.Level);
        Assert.Contains(parameters, p => p.Path == "agencies.health.staff");
    }

    [Fact]
    public async Task Out_of_range_value_is_refused_naming_the_field_and_the_allowed_range()
    {
        using var http = host.Http();
        var response = await http.PostAsJsonAsync("/api/scenarios/resolve",
            new ScenarioRequest { Overrides = new() { ["mechanisms.pooledBudget"] = SmallScenario.Number(3) } }, DashboardHost.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<ApiError>(DashboardHost.Json);
        Assert.Equal("mechanisms.pooledBudget", error!.Field);
        Assert.Equal("3", error.Value);
        Assert.Equal("a number from 0 to 1 (share)", error.Allowed);
    }

    [Theory]
    [InlineData("""{"base":"../../etc/passwd"}""", "base")]
    [InlineData("""{"overrides":{"mechanisms.noSuchThing":1}}""", "mechanisms.noSuchThing")]
    [InlineData("""{"level":"utopia"}""", "level")]
    [InlineData("""{"json":"{ not json"}""", "(line 1)")]
    [InlineData("""{"overrides":{"population.initialStock":3000000}}""", "population.initialStock")]
    [InlineData("""{"overrides":{"agencies.debt.treatmentWeeks":2.5}}""", "agencies.debt.treatmentWeeks")]
    [InlineData("""{"level":5}""", "level")]
    [InlineData("""{"overrides":[1]}""", "overrides")]
    [InlineData("""[1,2]""", "(body)")]
    [InlineData("""{"base":""", "base")]
    [InlineData("", "(body)")]
    public async Task Bad_requests_get_a_structured_error(string body, string field)
    {
        using var http = host.Http();
        var response = await http.PostAsync("/api/scenarios/resolve", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var error = await response.Content.ReadFromJsonAsync<ApiError>(DashboardHost.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, error!.Field);
        Assert.False(string.IsNullOrEmpty(error.Allowed));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_naming_the_content_type()
    {
        using var http = host.Http();
        var response = await http.PostAsync("/api/scenarios/resolve", new StringContent("weeks=20", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<ApiError>(DashboardHost.Json);
        Assert.Equal(("(content type)", "application/json"), (error!.Field, error.Allowed));
    }

    [Fact]
    public async Task A_level_and_edits_round_trip_through_a_scenario_file()
    {
        using var http = host.Http();
        var request = SmallScenario.Request("joint-planning");
        var file = await http.PostAsJsonAsync("/api/scenarios/file", request, DashboardHost.Json);
        file.EnsureSuccessStatusCode();
        Assert.Equal("application/json", file.Content.Headers.ContentType!.MediaType);
        string json = await file.Content.ReadAsStringAsync();

        var reopened = await http.PostAsJsonAsync("/api/scenarios/resolve", new ScenarioRequest { Json = json }, DashboardHost.Json);
        var doc = await reopened.Content.ReadFromJsonAsync<ScenarioDocument>(DashboardHost.Json);
        Assert.Equal("joint-planning", doc!.Level);
        Assert.Equal(400, doc.Groups.SelectMany(g => g.Parameters).Single(p => p.Path == "population.initialStock").Value);
    }

    [Fact]
    public async Task Editing_a_mechanism_makes_the_level_custom()
    {
        using var http = host.Http();
        var response = await http.PostAsJsonAsync("/api/scenarios/resolve",
            new ScenarioRequest { Level = "full-integration", Overrides = new() { ["mechanisms.competition"] = SmallScenario.Number(0.5) } }, DashboardHost.Json);
        var doc = await response.Content.ReadFromJsonAsync<ScenarioDocument>(DashboardHost.Json);
        Assert.Null(doc!.Level);
        Assert.Equal("Custom mechanisms", doc.LevelTitle);
    }

    [Fact]
    public async Task Orleans_dashboard_is_behind_sign_in()
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = host.Address };
        var anonymous = await http.GetAsync("/orleans");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/login", anonymous.Headers.Location!.PathAndQuery);

        var wrong = await http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = "guess", ["returnUrl"] = "/orleans" }));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        var right = await http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = DashboardHost.AdminPassword, ["returnUrl"] = "https://elsewhere.example/" }));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/orleans", right.Headers.Location!.OriginalString);
        var dashboard = await http.GetAsync("/orleans/");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task Front_end_is_served()
    {
        using var http = host.Http();
        string index = await http.GetStringAsync("/");
        Assert.Contains("/dist/app.js", index);
        var js = await http.GetAsync("/dist/app.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.True(js.Content.Headers.ContentLength > 100_000);
    }
}
