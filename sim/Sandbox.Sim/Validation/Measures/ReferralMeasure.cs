using Sandbox.Sim.Validation.Journeys;

namespace Sandbox.Sim.Validation.Measures;

/// <summary>
/// Referral completion: the share of referred clients who turn up at the receiving service (kind
/// <c>referralCompletion</c>), or the odds of turning up in the contrast arm over the odds in the base arm
/// (kind <c>referralOddsRatio</c>), the statistic Forrest et al. report for scheduling plus information sent.
/// </summary>
public sealed class ReferralMeasure(bool firstAttempt, string? arm, int burnIn) : IMeasure
{
    public IReadOnlyList<string> Arms { get; } = arm is null ? Arm.Both : Arm.Only(arm);
    public bool NeedsJourneys => true;

    public double Evaluate(IReadOnlyDictionary<string, ArmRun> runs)
    {
        if (arm is not null) return Rate(runs[arm]);
        return Odds(Rate(runs[Arm.Contrast])) / Odds(Rate(runs[Arm.Base]));
    }

    private double Rate(ArmRun run)
    {
        var outcomes = ReferralOutcomes.Of(run, burnIn);
        return firstAttempt ? outcomes.FirstAttemptRate : outcomes.EventualRate;
    }

    private static double Odds(double p) => p / (1 - p);

    public static bool ParseAttempt(string? text) => text switch
    {
        null or "first" => true,
        "any" => false,
        _ => throw new FactFileException("measure.attempt", text, "first or any"),
    };
}
