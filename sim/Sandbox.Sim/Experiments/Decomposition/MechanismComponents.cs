namespace Sandbox.Sim.Experiments;

/// <summary>
/// Groupings of the mechanism settings for Shapley values. The default has six components, so the exact
/// Shapley value needs 2⁶ = 64 coalitions per replication: the follow-up protocol; joint diagnosis; case
/// management (the case manager, the treatment order they set and the coordination time their case conferences
/// take); employer involvement; common outcomes (less competition and pooled budgets, which 002 pairs as the
/// joint-planning governance); and the shared record with the IT that runs it. Any differing setting a grouping
/// leaves out becomes a component of its own; components with nothing to move are dropped.
/// </summary>
public static class MechanismComponents
{
    public static readonly IReadOnlyList<MechanismComponent> Grouped =
    [
        new("Follow-up protocol", ["mechanisms.followUp"]),
        new("Joint diagnosis", ["mechanisms.jointDiagnosis"]),
        new("Case management", ["mechanisms.caseManager", "mechanisms.treatmentOrder", "mechanisms.coordinationHours"]),
        new("Employer involvement", ["mechanisms.employerInvolvement"]),
        new("Common outcomes", ["mechanisms.competition", "mechanisms.pooledBudget"]),
        new("Shared record and IT", ["mechanisms.sharedRecord", "mechanisms.itCostPerYear"]),
        new("Co-location", ["mechanisms.coLocation"]),
        new("Target group definition", ["mechanisms.targetGroupMinBarriers"]),
    ];

    /// <summary>Every setting its own component (10 settings from co-location to full integration: 1,024 coalitions for the exact value).</summary>
    public static IReadOnlyList<MechanismComponent> EachSetting(IReadOnlyList<MechanismSetting> settings) =>
        settings.Select(s => new MechanismComponent(s.Name, [s.Path])).ToArray();

    /// <summary>The components that move at least one of <paramref name="settings"/>, restricted to them, plus any setting left over.</summary>
    public static IReadOnlyList<MechanismComponent> Covering(IReadOnlyList<MechanismComponent> grouping, IReadOnlyList<MechanismSetting> settings)
    {
        var differing = settings.Select(s => s.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var list = new List<MechanismComponent>();
        foreach (var c in grouping)
        {
            var paths = c.Paths.Where(p => differing.Contains(p) && seen.Add(p)).ToArray();
            if (paths.Length > 0) list.Add(c with { Paths = paths });
        }
        foreach (var s in settings.Where(s => !seen.Contains(s.Path))) list.Add(new MechanismComponent(s.Name, [s.Path]));
        return list;
    }
}
