using System.Globalization;
using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Reporting.Experiments;

/// <summary>
/// A finished sensitivity analysis as tables (Morris effects or Sobol' indices, tornado swings, points, runs),
/// tornado and bar charts per output, and one sentence per output naming the most influential parameter.
/// </summary>
public static class SensitivityArtefacts
{
    /// <param name="progress">Called after each output is analysed (Sobol' bootstraps take a moment per output).</param>
    /// <exception cref="ScenarioValidationException">Field "outputs": an output undefined at some point (no variance to analyse).</exception>
    public static ExperimentArtefacts Build(Scenario scenario, SensitivityPlan plan, PlanOutputs outputs, IReadOnlyList<string> names, int resamples,
        string caption, Action? progress = null)
    {
        var morris = new List<(string, MorrisEffect)>();
        var sobol = new List<(string, SobolIndex)>();
        var tornado = new List<(string, TornadoRow)>();
        var charts = new List<(string, ChartSpec)>();
        var headlines = new List<string>();
        foreach (var name in names)
        {
            IReadOnlyList<MorrisEffect>? m = null;
            IReadOnlyList<SobolIndex>? s = null;
            try
            {
                if (plan.Design is MorrisDesign) m = plan.Morris(outputs, name);
                else s = plan.Sobol(outputs, name, resamples);
            }
            catch (ArgumentException e)
            {
                throw new ScenarioValidationException("outputs", name, "an output defined at every point (" + e.Message.Split(" (Parameter")[0] + ")");
            }
            var t = plan.TornadoRows(outputs, name);
            if (m is not null) morris.AddRange(m.Select(x => (name, x)));
            if (s is not null) sobol.AddRange(s.Select(x => (name, x)));
            tornado.AddRange(t.Select(x => (name, x)));
            headlines.Add(Sentence(scenario, name, m, s, t, outputs.Outputs.UnitOf(name)));
            charts.AddRange(SensitivityCharts.For(plan, outputs, name, caption, m, s));
            progress?.Invoke();
        }
        var tables = new List<ArtefactTable>
        {
            plan.Design is MorrisDesign
                ? new("morris", "Morris elementary effects", "Per output and parameter: μ, μ* and σ, in output units per full range.", SensitivityTables.Morris(morris))
                : new("sobol", "Sobol' indices", "Per output and parameter: first-order and total indices with 95% bootstrap intervals.", SensitivityTables.Sobol(sobol)),
            new("tornado", "One-at-a-time swings", "Each parameter at its low and high end with the others central.", SensitivityTables.Tornado(tornado)),
            new("points", "Points", "d… are design points, t… the tornado's (t0 = all central).", ExperimentTables.Points(plan.Plan)),
            new("runs", "Every run", "One row per run and output, with the replication's seed.", ExperimentTables.Runs(outputs, names)),
        };
        return new ExperimentArtefacts
        {
            Title = $"Sensitivity of {string.Join(", ", names)} to {plan.Ranges.Count} parameters ({scenario.Name})",
            Method = plan.Method(resamples),
            Headlines = headlines,
            Tables = tables,
            Charts = charts,
        };
    }

    /// <summary>The most influential parameter in words, and the widest tornado swing.</summary>
    private static string Sentence(Scenario scenario, string output, IReadOnlyList<MorrisEffect>? morris, IReadOnlyList<SobolIndex>? sobol, IReadOnlyList<TornadoRow> tornado, string unit)
    {
        string topic = MetricTitles.Topic(output);
        string lead;
        if (morris is not null)
        {
            var top = morris.OrderByDescending(m => m.MuStar).First();
            lead = top.MuStar == 0
                ? $"No parameter moved {topic} at all in this design."
                : $"Most influential for {topic} (Morris): {top.Path}, μ* = {HeadlineNumbers.Amount(top.MuStar, unit)} per full range"
                  + (double.IsFinite(top.Sigma) ? $", σ = {HeadlineNumbers.Amount(top.Sigma, unit)}" + (top.Sigma > top.MuStar ? " (its effect depends strongly on the other parameters)" : "") : "") + ".";
        }
        else
        {
            lead = SobolLead(topic, sobol!.OrderByDescending(s => double.IsNaN(s.Total) ? -1 : s.Total).First());
        }
        var widest = tornado.OrderByDescending(t => double.IsNaN(t.Swing) ? -1 : t.Swing).First();
        string swing = double.IsFinite(widest.Swing)
            ? $" Widest one-at-a-time swing: {widest.Path} from {ValueText(widest.LowValue)} to {ValueText(widest.HighValue)} moves it from "
              + $"{HeadlineNumbers.Level(widest.AtLow.Mean, unit)} to {HeadlineNumbers.Level(widest.AtHigh.Mean, unit)}."
            : "";
        return lead + swing;

        string ValueText(double v) => ScenarioRanges.ValueText(ParameterCatalog.Find(scenario, widest.Path), v);
    }

    /// <summary>
    /// The Sobol' headline for the most influential parameter. Estimates from a finite sample can fall outside
    /// 0–100% although no share of the variance can; the sentence then says so, lest a reader take 114% at its word.
    /// </summary>
    public static string SobolLead(string topic, SobolIndex top)
    {
        if (double.IsNaN(top.Total)) return $"{Capitalise(topic)} did not vary across the design, so there is no variance to apportion.";
        string lead = $"Most influential for {topic} (Sobol'): {top.Path} explains {Pct(top.First)} of the variance alone (95% CI {Pct(top.FirstLower)} to {Pct(top.FirstUpper)}) "
                      + $"and {Pct(top.Total)} with its interactions (95% CI {Pct(top.TotalLower)} to {Pct(top.TotalUpper)}).";
        bool outside = top.First is < 0 or > 1 || top.Total is < 0 or > 1;
        return outside
            ? lead + " An estimate outside 0–100% is sampling error (no share of the variance is larger than the whole); a larger base sample narrows it."
            : lead;
    }

    private static string Pct(double share) => (100 * share).ToString("0", CultureInfo.InvariantCulture) + "%";

    internal static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
