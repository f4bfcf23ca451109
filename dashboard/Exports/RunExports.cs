using System.Globalization;
using Sandbox.Dashboard.Equity;
using Sandbox.Dashboard.Hosting;
using Sandbox.Dashboard.Journeys;
using Sandbox.Dashboard.Live;
using Sandbox.Reporting;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Exports;

/// <summary>What a live run's exports are made from: its scenario, metrics so far and, for the flows table, its journeys.</summary>
public sealed record RunMaterial(Scenario Scenario, RunResult Result, int WeeksDone, JourneyFlows? Flows);

/// <summary>
/// Exports of a live run's panels, flows and equity tables. The panels are read through <see cref="LiveSeries"/>,
/// the very definitions the live page draws, so a download always matches the screen.
/// </summary>
public static class RunExports
{
    public static ExportData Build(RunMaterial m, string chart)
    {
        var p = new ModelParameters(m.Scenario);
        string caption = Caption(m);
        switch (chart)
        {
            case "flows":
                return new ExportData("flows", FlowsTable(m.Flows ?? throw new InvalidOperationException("flows were not read")), null);
            case "equity":
            case "equityCracks":
                return Equity(m, chart, caption);
        }
        var series = LiveSeries.For(p, m.Result.Layout);
        var history = series.History(m.Result, m.WeeksDone);
        var weeks = Enumerable.Range(1, m.WeeksDone).Select(w => (double)w).ToArray();
        var infos = series.Infos.Select((s, i) => (s, i)).Where(x => x.s.Panel == chart).ToArray();
        var (title, unit) = Titles[chart];
        return ExportLines.Of(chart, title, $"{m.Scenario.Name}, week 1 to {m.WeeksDone}", caption, "Week", unit,
            infos.Select(x => new ExportLine(x.s.Label, weeks, history[x.i])).ToArray());
    }

    public static string Caption(RunMaterial m) =>
        $"Employment services integration sandbox {AppVersion.Text} · scenario '{m.Scenario.Name}' · seed {m.Scenario.Seed.ToString(CultureInfo.InvariantCulture)} · " +
        $"{m.WeeksDone} of {m.Scenario.Weeks} weeks · re-create with the reproduction bundle";

    private static readonly Dictionary<string, (string Title, string Unit)> Titles = new()
    {
        ["employment"] = ("Employment", "Share of jobseekers"),
        ["longTerm"] = ("Long-term unemployment", "Share of unemployed"),
        ["waiting"] = ("Waiting lists by agency", "Clients waiting"),
        ["cracks"] = ("Falling through the cracks, running total", "Clients"),
        ["costAgency"] = ("Cumulative cost by agency", "EUR"),
        ["costCategory"] = ("Cumulative cost by category", "EUR"),
        ["costPerJob"] = ("Service cost per sustained job", "EUR"),
    };

    private static ExportData Equity(RunMaterial m, string chart, string caption)
    {
        var rows = EquityTable.At(m.Result, m.WeeksDone - 1).Where(r => r.Population > 0).ToArray();
        var table = new TidyTable(new ColumnSchema("group", ColumnType.String), new ColumnSchema("title", ColumnType.String),
            new ColumnSchema("population", ColumnType.Double), new ColumnSchema("employmentRate", ColumnType.Double),
            new ColumnSchema("sustained26Rate", ColumnType.Double), new ColumnSchema("longTermShare", ColumnType.Double),
            new ColumnSchema("cracksPer100", ColumnType.Double));
        foreach (var r in rows) table.AppendRow(r.Group, r.Title, r.Population, r.EmploymentRate, r.SustainedRate, r.LongTermShare, r.CracksPer100);
        foreach (var kind in CrackKinds.All)
            table.AddColumn("cracksPer100." + kind.Key(), rows.Select(r => r.CracksPer100ByKind[kind.Key()]).ToArray());
        var categories = rows.Select(r => r.Title).ToArray();
        ChartSpec spec = chart == "equity"
            ? new BarChart
            {
                Title = "In work and in sustained work, by group", Subtitle = $"{m.Scenario.Name}, week {m.WeeksDone}", Caption = caption, YLabel = "Share of group",
                Categories = categories,
                Series = [new BarSeries("In sustained work", rows.Select(r => r.SustainedRate).ToArray()), new BarSeries("In work", rows.Select(r => r.EmploymentRate).ToArray())],
            }
            : new StackedBarChart
            {
                Title = "Cracks per 100 clients, by group", Subtitle = $"{m.Scenario.Name}, week {m.WeeksDone}", Caption = caption, YLabel = "Per 100 clients",
                Categories = categories,
                Series = CrackKinds.All.Select(k => new BarSeries(k.Title(), rows.Select(r => r.CracksPer100ByKind[k.Key()]).ToArray())).ToArray(),
            };
        return new ExportData(chart, table, spec);
    }

    private static TidyTable FlowsTable(JourneyFlows flows)
    {
        var table = new TidyTable(new ColumnSchema("from", ColumnType.String), new ColumnSchema("to", ColumnType.String), new ColumnSchema("clients", ColumnType.Int32));
        foreach (var link in flows.Links) table.AppendRow(link.Source, link.Target, link.Value);
        return table;
    }
}
