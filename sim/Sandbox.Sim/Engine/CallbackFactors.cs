using Sandbox.Sim.Scenarios;

namespace Sandbox.Sim.Engine;

/// <summary>
/// The employer screening model's factors, tabulated once per run because they are evaluated for every
/// application: base callback × duration factor by spell week, × visible-barrier factor by total severity,
/// × stigma factor by number of vulnerable flags, × PES matching gain for target-group clients.
/// </summary>
public sealed class CallbackFactors
{
    public CallbackFactors(LabourMarketSpec lm, double involvement)
    {
        Duration = new double[lm.DurationPenaltyWeeks + 1];
        for (int w = 0; w < Duration.Length; w++)
            Duration[w] = lm.BaseCallback * (1 - lm.DurationPenalty * w / lm.DurationPenaltyWeeks);
        Barrier = new double[10];
        for (int s = 0; s < Barrier.Length; s++) Barrier[s] = Math.Pow(1 - lm.VisibleBarrierPenalty, s);
        Stigma = new double[5];
        for (int f = 0; f < Stigma.Length; f++) Stigma[f] = Math.Pow(1 - lm.StigmaPenalty * (1 - involvement), f);
        Matching = 1 + lm.EmployerMatchingGain * involvement;
    }

    /// <summary>Base callback × duration factor, by spell week (flat after the last entry).</summary>
    public double[] Duration { get; }
    public double[] Barrier { get; }
    public double[] Stigma { get; }
    public double Matching { get; }
}
