namespace Sandbox.Sim.Scenarios;

/// <summary>
/// A reform path: at <see cref="Week"/> the system switches to another level (or mechanism mix), paying a
/// transition: staff time lost to retraining and reorganisation, disrupted referral routines while protocols
/// bed in, and a one-off IT migration. Before and after, the two bundles run exactly as they would alone.
/// </summary>
public sealed class ReformSpec
{
    [Param(1, 1039, Unit = "week", Source = "any: the week the reform takes effect")]
    public int Week { get; set; } = 52;

    /// <summary>The level switched to; its mechanisms apply from <see cref="Week"/> (overridden by <see cref="Mechanisms"/> if given).</summary>
    public IntegrationLevel? Level { get; set; }

    /// <summary>A custom mechanism mix to switch to instead of a level preset.</summary>
    public Mechanisms? Mechanisms { get; set; }

    [Param(0, 104, Unit = "weeks", Source = "002 'Investment in the skills of staff ... is also necessary to facilitate referrals'; assumption: 26 weeks to bed in")]
    public int TransitionWeeks { get; set; } = 26;

    [Param(0, 0.9, Unit = "share of staff time", Source = "002 (staff training for joined-up work); assumption: 10% of partner and PES time goes to retraining and reorganisation")]
    public double CapacityLoss { get; set; } = 0.10;

    [Param(0.1, 1, Unit = "odds ratio", Source = "002 'Poor communication between partners ... service delivery is patchy and inconsistent'; assumption: referral completion odds × 0.8 while routines change")]
    public double ReferralDisruption { get; set; } = 0.8;

    [Param(0, 1e8, Unit = "EUR", Source = "003 KS1-M06 ('heterogeneity of internal IT systems'); assumption: EUR 400k to link case records, spread over the transition")]
    public double ItMigrationCost { get; set; } = 400_000;

    public ReformSpec Clone()
    {
        var c = (ReformSpec)MemberwiseClone();
        c.Mechanisms = Mechanisms?.Clone();
        return c;
    }

    /// <summary>The mechanisms in force after the reform.</summary>
    public Mechanisms Target() =>
        Mechanisms?.Clone() ?? (Level is { } level ? LevelPresets.Get(level)
            : throw new ScenarioValidationException("reform.level", "(missing)", "a level or a mechanisms object"));
}
