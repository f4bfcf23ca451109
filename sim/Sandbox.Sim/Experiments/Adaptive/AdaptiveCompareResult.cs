using Sandbox.Sim.Analysis;

namespace Sandbox.Sim.Experiments;

/// <summary>The comparison with exactly the replications the stopping rule absorbed, and where each target stood.</summary>
public sealed record AdaptiveCompareResult(CompareResult Result, ReplicationProgress Progress)
{
    public bool PrecisionReached => Progress.Reason == StopReason.PrecisionReached;

    /// <summary>The stopping rule as a report states it, including whether the cap cut it short.</summary>
    public string Method(AdaptiveCompareOptions options)
    {
        string targets = string.Join("; ", options.Targets.Select(t => t.Output + " ±" + Allowed(t)));
        string ci = HeadlineNumbers.Percent(options.Confidence);
        string outcome = PrecisionReached
            ? $"Every target was met after {Progress.Replications} replications."
            : $"The cap of {options.MaxReplications} replications was reached before every target was met: "
              + string.Join("; ", Progress.Targets.Where(t => !t.Met).Select(t => $"{t.Target.Output} half-width {ScenarioRanges.Text(t.Summary.HalfWidth)} > {ScenarioRanges.Text(t.Allowed)}"))
              + ". Intervals are correspondingly wider than asked.";
        return $"Adaptive replications: replications were added until the {ci} confidence interval half-width of each target output, in every variant, was within its target "
               + $"({targets}), with at least {options.MinReplications} and at most {options.MaxReplications}. Results were absorbed in replication order whatever "
               + $"order the runs finished in, so the stopping point depends on the seeds alone. {outcome}";
    }

    private static string Allowed(PrecisionTarget t) =>
        (t.Absolute > 0 ? ScenarioRanges.Text(t.Absolute) : "")
        + (t.Absolute > 0 && t.Relative > 0 ? " or " : "")
        + (t.Relative > 0 ? ScenarioRanges.Text(100 * t.Relative) + "% of the mean" : "");
}
