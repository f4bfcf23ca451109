using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Sandbox.Dashboard.Experiments;
using Sandbox.Dashboard.Hubs;
using Sandbox.Dashboard.Live;

namespace Sandbox.Dashboard.Tests;

/// <summary>Downloads of shown data (CSV, Parquet, PNG, SVG) and reproduction bundles that re-create them exactly.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ExportTests(DashboardHost host)
{
    private async Task<string> PausedRunAt(int weeks)
    {
        await using var hub = await host.ConnectAsync();
        var ticket = await hub.InvokeAsync<LiveRunTicket>("StartRun", new StartRunRequest(SmallScenario.Request("joint-planning"), Paused: true));
        for (int i = 0; i < weeks; i++) await hub.InvokeAsync<LiveRunInfo>("Control", new ControlRequest(ticket.Run.RunId, "step"));
        return ticket.Run.RunId;
    }

    [Theory]
    [InlineData("csv", "text/csv")]
    [InlineData("parquet", "application/vnd.apache.parquet")]
    [InlineData("png", "image/png")]
    [InlineData("svg", "image/svg+xml")]
    [InlineData("bundle", "application/zip")]
    public async Task A_live_chart_downloads_in_every_format(string format, string contentType)
    {
        string run = await PausedRunAt(12);
        using var http = host.Http();
        var response = await http.GetAsync($"/api/export/{format}?source=run&id={run}&chart=waiting");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 100);
        if (format == "csv") Assert.StartsWith("series,week,value,low,high", System.Text.Encoding.UTF8.GetString(bytes));
        if (format == "png") Assert.Equal(0x89, bytes[0]);
    }

    [Theory]
    [InlineData("flows")]
    [InlineData("equity")]
    [InlineData("cracks")]
    public async Task A_bundle_re_creates_the_same_data(string chart)
    {
        string run = await PausedRunAt(15);
        using var http = host.Http();
        string original = await http.GetStringAsync($"/api/export/csv?source=run&id={run}&chart={chart}");
        var bundle = await http.GetByteArrayAsync($"/api/export/bundle?source=run&id={run}&chart={chart}");

        using (var zip = new ZipArchive(new MemoryStream(bundle)))
        {
            var names = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("bundle.json", names);
            Assert.Contains("scenario.json", names);
            Assert.Contains("README.txt", names);
            using var manifest = new StreamReader(zip.GetEntry("bundle.json")!.Open());
            string json = await manifest.ReadToEndAsync();
            Assert.Contains("\"appVersion\"", json);
            Assert.Contains("\"weeks\": 15", json);
        }
        var replay = await http.PostAsync("/api/bundles/replay?format=csv", new ByteArrayContent(bundle));
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(original, await replay.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_compare_chart_exports_and_replays()
    {
        using var http = host.Http();
        var info = await ExperimentApiTests.RunToEnd(http, new ExperimentRequest { Scenario = SmallScenario.Request(weeks: 26), Levels = ["co-location", "full-integration"], Replications = 3 });
        string query = $"source=experiment&id={info.Id}&chart=difference&metric=cumulativeCracks&baseline=co-location";
        string svg = await http.GetStringAsync($"/api/export/svg?{query}");
        Assert.Contains("<svg", svg);
        string original = await http.GetStringAsync($"/api/export/csv?{query}");
        var bundle = await http.GetByteArrayAsync($"/api/export/bundle?{query}");
        var replay = await http.PostAsync("/api/bundles/replay?format=csv", new ByteArrayContent(bundle));
        Assert.Equal(original, await replay.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Tables_refuse_chart_formats_and_bad_queries_are_named()
    {
        string run = await PausedRunAt(3);
        using var http = host.Http();
        var png = await http.GetAsync($"/api/export/png?source=run&id={run}&chart=flows");
        Assert.Equal(HttpStatusCode.BadRequest, png.StatusCode);
        var bad = await http.GetAsync($"/api/export/docx?source=run&id={run}&chart=flows");
        Assert.Equal("format", (await bad.Content.ReadFromJsonAsync<Api.ApiError>(DashboardHost.Json))!.Field);
        var junk = await http.PostAsync("/api/bundles/replay", new ByteArrayContent("PK not a zip"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, junk.StatusCode);
    }
}
