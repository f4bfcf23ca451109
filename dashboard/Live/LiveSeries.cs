using Sandbox.Sim.Engine;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;
using Sandbox.Sim.Rules;

namespace Sandbox.Dashboard.Live;

/// <summary>A streamed series as the page draws it: which panel, its legend label and unit.</summary>
public sealed record LiveSeriesInfo(string Key, string Panel, string Label, string Unit);

/// <summary>
/// The series the live page draws, in panels: employment, long-term unemployment, waiting lists per agency,
/// cracks by kind, cumulative cost by agency and by category, cost per sustained job. Each reads a week of a
/// <see cref="RunResult"/>, so live frames, snapshots and exports all compute a series in this one place.
/// </summary>
public sealed class LiveSeries
{
    private readonly (LiveSeriesInfo Info, Func<RunResult, int, double> Read)[] _series;

    private LiveSeries((LiveSeriesInfo, Func<RunResult, int, double>)[] series) => _series = series;

    public IReadOnlyList<LiveSeriesInfo> Infos => _series.Select(s => s.Info).ToArray();

    public int Count => _series.Length;

    public static LiveSeries For(ModelParameters p, MetricsLayout layout)
    {
        var list = new List<(LiveSeriesInfo, Func<RunResult, int, double>)>();
        void Column(string panel, string label, string unit, string metric, string agency = "")
        {
            int c = layout.IndexOf(metric, "all", agency);
            list.Add((new LiveSeriesInfo(agency.Length > 0 ? $"{metric}[{agency}]" : metric, panel, label, unit), (r, w) => r.Series(c)[w]));
        }

        Column("employment", "In work", "share", "employmentRate");
        Column("employment", "In work 26+ weeks (sustained)", "share", "sustained26Rate");
        Column("longTerm", "Long-term unemployed (12+ months)", "share of unemployed", "longTermShare");
        foreach (var a in p.Agencies) Column("waiting", a.Name, "clients", "waiting", a.Kind.Key());
        foreach (var k in CrackKinds.All) Column("cracks", k.Title(), "clients", "cumulativeCracks." + k.Key());
        foreach (var a in p.Agencies) Column("costAgency", a.Name, "EUR", "cumulativeCost", a.Kind.Key());
        for (int c = 0; c < CostRules.Categories; c++)
        {
            int column = layout.IndexOf("cost." + CostRules.CategoryKeys[c]);
            string key = CostRules.CategoryKeys[c];
            list.Add((new LiveSeriesInfo("cumulativeCost." + key, "costCategory", CategoryTitle(key), "EUR"), (r, w) =>
            {
                var s = r.Series(column);
                double sum = 0;
                for (int i = 0; i <= w; i++) sum += s[i];
                return sum;
            }));
        }
        Column("costPerJob", "Service cost per sustained job", "EUR", "costPerSustainedJob");
        Column("kpi", "Jobseekers so far", "people", "population");
        Column("kpi", "In work now", "people", "employed");
        Column("kpi", "Sustained jobs so far", "jobs", "sustainedJobs26");
        Column("kpi", "Fell through the cracks", "events", "cumulativeCracks");
        return new LiveSeries(list.ToArray());
    }

    /// <summary>The values of every series at a 0-based week.</summary>
    public double[] At(RunResult result, int week)
    {
        var values = new double[_series.Length];
        for (int i = 0; i < values.Length; i++) values[i] = _series[i].Read(result, week);
        return values;
    }

    /// <summary>history[series][week] for the first <paramref name="weeks"/> weeks.</summary>
    public double[][] History(RunResult result, int weeks)
    {
        var history = new double[_series.Length][];
        for (int i = 0; i < history.Length; i++)
        {
            history[i] = new double[weeks];
            for (int w = 0; w < weeks; w++) history[i][w] = _series[i].Read(result, w);
        }
        return history;
    }

    private static string CategoryTitle(string key) => key switch
    {
        "staff" => "Staff time",
        "coordination" => "Coordination",
        "itData" => "IT and data",
        "benefits" => "Benefits paid",
        _ => key,
    };
}
