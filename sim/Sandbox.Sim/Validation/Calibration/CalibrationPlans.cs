namespace Sandbox.Sim.Validation.Calibration;

/// <summary>
/// The calibration that set the shipped defaults (scenarios/CALIBRATION.md), kept as code so anyone can run it
/// again and get the same numbers. Priors are the defaults before this calibration (the previous fit, or the
/// documented assumption for a new parameter), so the search starts where it started then; the other parameters are read from the current defaults.
/// </summary>
public static class CalibrationPlans
{
    public static CalibrationPlan Shipped(int? maxParallelism = null) => new()
    {
        Parameters =
        [
            new("labourMarket.vacancyRate", 2, 60, Prior: 13.88),
            new("labourMarket.interviewSuccess", 0.1, 0.9, Prior: 0.478),
            new("labourMarket.baseCallback", 0.05, 0.15, Prior: 0.098),
            new("services.treatmentDropout", 0.002, 0.04, Prior: 0.0098),
            new("labourMarket.meetingBoost", 0, 1, Prior: 0.68),
            new("labourMarket.outsideApplicants", 0, 100, Prior: 20),
            new("labourMarket.visibleBarrierPenalty", 0.02, 0.5, Prior: 0.1488),
        ],
        Facts = ["callback-duration", "exit-curve", "programme-dropout", "caseworker-meetings"],
        MaxParallelism = maxParallelism,
    };
}
