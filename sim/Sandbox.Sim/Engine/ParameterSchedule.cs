using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Engine;

/// <summary>
/// The parameters in force each week. Without a reform that is one set throughout; with one, the old
/// mechanisms run until the reform week, then the new mechanisms with the transition's temporary effects,
/// then the new mechanisms alone. Both engines ask this schedule, so a reform is read the same way by each.
/// </summary>
public sealed class ParameterSchedule
{
    private readonly ModelParameters? _during;
    private readonly ModelParameters? _after;
    private readonly int _reformWeek = int.MaxValue;
    private readonly int _transitionEnd = int.MaxValue;

    public ParameterSchedule(Scenario scenario) : this(new ModelParameters(scenario)) { }

    public ParameterSchedule(ModelParameters initial)
    {
        Initial = initial;
        if (initial.Scenario.Reform is not { } reform) return;
        var after = initial.Scenario.Clone();
        after.Mechanisms = reform.Target();
        after.Level = reform.Mechanisms is null ? reform.Level : null;
        _after = new ModelParameters(after);
        _reformWeek = reform.Week;
        _transitionEnd = reform.Week + reform.TransitionWeeks;
        if (reform.TransitionWeeks > 0)
            _during = new ModelParameters(after, new TransitionEffects(reform.CapacityLoss, reform.ReferralDisruption,
                reform.ItMigrationCost / reform.TransitionWeeks));
    }

    /// <summary>The parameters of week 0 (and of the whole run when there is no reform).</summary>
    public ModelParameters Initial { get; }

    public ModelParameters For(int week) =>
        week < _reformWeek ? Initial : week < _transitionEnd && _during is not null ? _during : _after!;
}
