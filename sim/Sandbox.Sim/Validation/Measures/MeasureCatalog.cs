using Sandbox.Sim.Model;
using Sandbox.Sim.Validation.Journeys;

namespace Sandbox.Sim.Validation.Measures;

/// <summary>
/// The fixed set of measure kinds a fact file may name, with the options each reads. A fact can only be
/// checked through one of these, all computed from what every run writes; there is no per-fact code path.
/// </summary>
public static class MeasureCatalog
{
    private sealed record Kind(string Name, string[] Options, Func<MeasureSpec, IMeasure> Create);

    private static readonly Kind[] Kinds =
    [
        new("callbackRate", ["bands", "arm", "burnIn"], m =>
            new CallbackMeasure(CallbackMeasure.CheckBands(m.Bands, "measure.bands"), null, Arm.Parse(m.Arm), BurnIn(m))),
        new("callbackRatio", ["bands", "per", "arm", "burnIn"], m =>
            new CallbackMeasure(CallbackMeasure.CheckBands(m.Bands, "measure.bands"), CallbackMeasure.CheckBands(m.Per, "measure.per"), Arm.Parse(m.Arm), BurnIn(m))),
        new("exitWithin", ["weeks", "cohort", "arm", "burnIn"], m =>
            new ExitWithinMeasure(Weeks(m), new Cohort(m.Cohort), Arm.Parse(m.Arm), BurnIn(m))),
        new("referralCompletion", ["attempt", "arm", "burnIn"], m =>
            new ReferralMeasure(ReferralMeasure.ParseAttempt(m.Attempt), Arm.Parse(m.Arm), BurnIn(m))),
        new("referralOddsRatio", ["attempt", "burnIn"], m =>
            new ReferralMeasure(ReferralMeasure.ParseAttempt(m.Attempt), null, BurnIn(m))),
        new("meetingElasticity", ["weeks", "cohort", "burnIn"], m =>
            new MeetingElasticityMeasure(Weeks(m), new Cohort(m.Cohort), BurnIn(m))),
        new("lostMeeting", ["weeks", "cohort", "burnIn"], m =>
            new LostMeetingMeasure(Weeks(m), new Cohort(m.Cohort), BurnIn(m))),
        new("programmeDropout", ["agency", "arm", "burnIn"], m =>
            new ProgrammeDropoutMeasure(Agency(m), Arm.Parse(m.Arm), BurnIn(m))),
        new("pathwayShare", ["pathway", "arm"], m =>
            new PathwayMeasure(PathwayMeasure.CheckPathway(m.Pathway), null, Arm.Parse(m.Arm))),
        new("pathwayOutcome", ["pathway", "outcome", "arm"], m =>
            new PathwayMeasure(PathwayMeasure.CheckPathway(m.Pathway), PathwayOutcomes.Parse(m.Outcome), Arm.Parse(m.Arm))),
        new("placementAfterCompletion", ["agency", "weeks", "cohort", "arm"], m =>
            new PlacementMeasure(Agency(m), Weeks(m), new Cohort(m.Cohort, "all"), Arm.Parse(m.Arm))),
        new("relativeRiskEmployment", ["weeks", "cohort"], m =>
            new RelativeRiskMeasure(Weeks(m), new Cohort(m.Cohort, "all"))),
    ];

    public static IReadOnlyList<string> Names => Kinds.Select(k => k.Name).ToArray();

    /// <summary>Compiles a measure, rejecting unknown kinds and options the kind does not read.</summary>
    public static IMeasure Create(MeasureSpec spec)
    {
        var kind = Kinds.FirstOrDefault(k => k.Name == spec.Kind)
            ?? throw new FactFileException("measure.kind", spec.Kind.Length > 0 ? spec.Kind : "(missing)", "one of " + string.Join(", ", Names));
        foreach (var (option, isSet) in SetOptions(spec))
            if (isSet && !kind.Options.Contains(option))
                throw new FactFileException("measure." + option, "(set)", $"only {string.Join(", ", kind.Options)} for {kind.Name}");
        return kind.Create(spec);
    }

    private static IEnumerable<(string, bool)> SetOptions(MeasureSpec m) =>
    [
        ("bands", m.Bands is not null), ("per", m.Per is not null), ("weeks", m.Weeks is not null),
        ("cohort", m.Cohort is not null), ("arm", m.Arm is not null), ("agency", m.Agency is not null),
        ("pathway", m.Pathway is not null), ("outcome", m.Outcome is not null), ("attempt", m.Attempt is not null),
        ("burnIn", m.BurnIn is not null),
    ];

    private static int BurnIn(MeasureSpec m) =>
        m.BurnIn is null or >= 0 ? m.BurnIn ?? Weekly.DefaultBurnIn : throw new FactFileException("measure.burnIn", m.BurnIn.ToString()!, "0 or more weeks");

    private static int Weeks(MeasureSpec m) =>
        m.Weeks is > 0 ? m.Weeks.Value : throw new FactFileException("measure.weeks", m.Weeks?.ToString() ?? "(missing)", "a horizon of 1 or more weeks");

    private static AgencyKind Agency(MeasureSpec m) =>
        m.Agency is { } key && AgencyKinds.TryParse(key, out var kind) ? kind
            : throw new FactFileException("measure.agency", m.Agency ?? "(missing)", "pes, social, health, housing, training or debt");
}
