using System.Globalization;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Experiments;

/// <summary>
/// A reform path against its two counterfactuals: staying put (no reform), the reform with its transition
/// (retraining, reorganisation, disrupted referrals, IT migration), and the same switch made instantly. All
/// three share seeds, so "reform − stay" is what the reform buys and "reform − instant" is what the transition
/// costs. Before the reform week the three runs are the same run.
/// </summary>
public static class ReformPaths
{
    public const string Stay = "stay";
    public const string Reform = "reform";
    public const string Instant = "instant";

    /// <summary>
    /// Stay, reform and (when the transition takes any weeks) instant; the scenario must have a reform. Labels are
    /// short because sentences repeat them; the week and the transition are stated once, in the method.
    /// </summary>
    public static IReadOnlyList<Variant> Variants(Scenario scenario)
    {
        var reform = RequireReform(scenario);
        string to = TargetLabel(reform);
        var stay = scenario.Clone();
        stay.Reform = null;
        var list = new List<Variant>
        {
            new(Stay, "staying at " + FromLabel(scenario), stay),
            new(Reform, $"the reform to {to}", scenario.Clone()),
        };
        if (reform.TransitionWeeks > 0)
        {
            var instant = scenario.Clone();
            instant.Reform!.TransitionWeeks = 0;
            list.Add(new Variant(Instant, "an instant switch", instant));
        }
        return list;
    }

    /// <summary>The transition's parameters with the source of each value: the scenario's own citation if it gives one, else the declared default's.</summary>
    public static IReadOnlyList<TransitionParameter> Transition(Scenario scenario)
    {
        RequireReform(scenario);
        return ParameterCatalog.For(scenario).Where(p => p.Path.StartsWith("reform.", StringComparison.Ordinal)).Select(p =>
        {
            string value = ScenarioRanges.Text(p.Get(scenario)!.Value);
            string source = scenario.Sources.FirstOrDefault(kv => string.Equals(kv.Key, p.Path, StringComparison.OrdinalIgnoreCase)).Value ?? p.Source;
            return new TransitionParameter(p.Path, value, p.Unit, source);
        }).ToArray();
    }

    public static string Method(Scenario scenario, int replications, double confidence = 0.95)
    {
        var reform = RequireReform(scenario);
        string transition = reform.TransitionWeeks == 0
            ? "There is no transition: the new mechanisms apply in full from the reform week. "
            : $"During a {Weeks(reform.TransitionWeeks)} transition, {Pct(reform.CapacityLoss)} of staff time goes to retraining and reorganisation, "
              + $"referral completion odds are multiplied by {ScenarioRanges.Text(reform.ReferralDisruption)} while routines change, and an IT migration of "
              + $"€{reform.ItMigrationCost.ToString("N0", CultureInfo.InvariantCulture)} is paid in equal weekly parts; the sources of these values are listed with the transition parameters. ";
        return $"Reform path: the scenario runs under {FromLabel(scenario)} until week {reform.Week}, then switches to {TargetLabel(reform)}. " + transition
               + "It is compared with staying put" + (reform.TransitionWeeks > 0 ? " and with the same switch made instantly" : "")
               + ", all on common random numbers, so the runs are identical before the reform week; "
               + $"{replications} replication{(replications == 1 ? "" : "s")} each, means with {HeadlineNumbers.Percent(confidence)} Student-t intervals and paired differences week by week.";
    }

    private static ReformSpec RequireReform(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Reform ?? throw new ScenarioValidationException("reform", "(missing)", "a reform (week and level or mechanisms) to compare with staying put");
    }

    private static string FromLabel(Scenario scenario) => scenario.Level is { } l ? Variant.LabelOf(l) : "the scenario's mechanisms";

    private static string TargetLabel(ReformSpec reform) =>
        reform.Mechanisms is not null ? "a custom mechanism mix" : reform.Level is { } l ? Variant.LabelOf(l) : "?";

    private static string Weeks(int weeks) => weeks == 0 ? "no" : $"{weeks.ToString(CultureInfo.InvariantCulture)}-week";

    private static string Pct(double share) => ScenarioRanges.Text(100 * share) + "%";
}
