using Sandbox.Sim.Metrics;

namespace Sandbox.Sim.Validation.Measures;

/// <summary>
/// Employer callbacks per application for spells in some bands (kinds <c>callbackRate</c>), or that rate
/// relative to the rate in other bands (<c>callbackRatio</c>). Pooled over all applications sent after the
/// burn-in, as an audit study pools its responses. The model's rates mix the duration penalty with who is
/// still unemployed at each duration (more barriers, more stigma), as observed callback gaps do.
/// </summary>
public sealed class CallbackMeasure(IReadOnlyList<string> bands, IReadOnlyList<string>? per, string arm, int burnIn) : IMeasure
{
    public IReadOnlyList<string> Arms { get; } = Arm.Only(arm);
    public bool NeedsJourneys => false;

    public double Evaluate(IReadOnlyDictionary<string, ArmRun> runs)
    {
        var result = runs[arm].Result;
        double rate = Rate(result, bands);
        return per is null ? rate : rate / Rate(result, per);
    }

    private double Rate(RunResult result, IReadOnlyList<string> of)
    {
        double callbacks = 0, applications = 0;
        foreach (var band in of)
        {
            callbacks += Weekly.Sum(result, "callbacks." + band, burnIn);
            applications += Weekly.Sum(result, "applications." + band, burnIn);
        }
        return applications > 0 ? callbacks / applications : double.NaN;
    }

    public static IReadOnlyList<string> CheckBands(IReadOnlyList<string>? bands, string field)
    {
        if (bands is null || bands.Count == 0) throw new FactFileException(field, "(missing)", "spell bands from " + string.Join(", ", WeekTally.BandKeys));
        foreach (var b in bands)
            if (!WeekTally.BandKeys.Contains(b)) throw new FactFileException(field, b, "one of " + string.Join(", ", WeekTally.BandKeys));
        return bands;
    }
}
