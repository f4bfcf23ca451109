using Sandbox.Sim.Metrics;
using Sandbox.Sim.Model;

namespace Sandbox.Dashboard.Equity;

/// <summary>One population group's outcomes and cracks at a week.</summary>
public sealed record EquityRow(
    string Group,
    string Title,
    string Kind,
    double Population,
    double EmploymentRate,
    double SustainedRate,
    double LongTermShare,
    double CracksPer100,
    IReadOnlyDictionary<string, double> CracksPer100ByKind);

/// <summary>
/// Outcomes and cracks by group (vulnerable flags of 003 KS1-M08, number of barriers at entry), read from the
/// run's own group columns, so equity figures are the same numbers the model counts, not a re-estimate.
/// Cracks are per 100 clients in the group, because group sizes differ by orders of magnitude.
/// </summary>
public static class EquityTable
{
    public static IReadOnlyList<EquityRow> At(RunResult result, int week)
    {
        if (week < 0) return [];
        var rows = new List<EquityRow>();
        foreach (var g in MetricGroups.All)
        {
            string k = g.Key();
            double V(string metric) => result.Series(metric, k)[week];
            double population = V("population");
            double Per100(double n) => population > 0 ? 100 * n / population : 0;
            var byKind = CrackKinds.All.ToDictionary(c => c.Key(), c => Per100(V("cumulativeCracks." + c.Key())));
            rows.Add(new EquityRow(k, g.Title(), KindOf(g), population, V("employmentRate"), V("sustained26Rate"), V("longTermShare"),
                Per100(V("cumulativeCracks")), byKind));
        }
        return rows;
    }

    private static string KindOf(MetricGroup g) => g switch
    {
        MetricGroup.All => "all",
        MetricGroup.NoBarrier or MetricGroup.OneBarrier or MetricGroup.TwoBarriers or MetricGroup.ThreePlusBarriers => "barriers",
        _ => "flags",
    };
}
