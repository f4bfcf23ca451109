using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;

namespace Sandbox.Reporting.Experiments;

/// <summary>Sensitivity results as tidy tables: Morris effects or Sobol indices per output and parameter, and tornado swings.</summary>
public static class SensitivityTables
{
    public static TidyTable Morris(IReadOnlyList<(string Output, MorrisEffect Effect)> rows) => new TidyTable()
        .AddColumn("output", rows.Select(r => r.Output).ToArray())
        .AddColumn("parameter", rows.Select(r => r.Effect.Path).ToArray())
        .AddColumn("mu", rows.Select(r => r.Effect.Mu).ToArray())
        .AddColumn("mu_star", rows.Select(r => r.Effect.MuStar).ToArray())
        .AddColumn("sigma", rows.Select(r => r.Effect.Sigma).ToArray());

    public static TidyTable Sobol(IReadOnlyList<(string Output, SobolIndex Index)> rows) => new TidyTable()
        .AddColumn("output", rows.Select(r => r.Output).ToArray())
        .AddColumn("parameter", rows.Select(r => r.Index.Path).ToArray())
        .AddColumn("first", rows.Select(r => r.Index.First).ToArray())
        .AddColumn("first_ci_low", rows.Select(r => r.Index.FirstLower).ToArray())
        .AddColumn("first_ci_high", rows.Select(r => r.Index.FirstUpper).ToArray())
        .AddColumn("total", rows.Select(r => r.Index.Total).ToArray())
        .AddColumn("total_ci_low", rows.Select(r => r.Index.TotalLower).ToArray())
        .AddColumn("total_ci_high", rows.Select(r => r.Index.TotalUpper).ToArray());

    public static TidyTable Tornado(IReadOnlyList<(string Output, TornadoRow Row)> rows) => new TidyTable()
        .AddColumn("output", rows.Select(r => r.Output).ToArray())
        .AddColumn("parameter", rows.Select(r => r.Row.Path).ToArray())
        .AddColumn("low_value", rows.Select(r => r.Row.LowValue).ToArray())
        .AddColumn("high_value", rows.Select(r => r.Row.HighValue).ToArray())
        .AddColumn("at_low", rows.Select(r => r.Row.AtLow.Mean).ToArray())
        .AddColumn("at_high", rows.Select(r => r.Row.AtHigh.Mean).ToArray())
        .AddColumn("centre", rows.Select(r => r.Row.Centre.Mean).ToArray())
        .AddColumn("swing", rows.Select(r => r.Row.Swing).ToArray());
}
