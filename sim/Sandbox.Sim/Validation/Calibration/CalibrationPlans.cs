namespace Sandbox.Sim.Validation.Calibration;

/// <summary>
/// The calibration that set the shipped defaults (scenarios/CALIBRATION.md), kept as code so anyone can run it
/// again and get the same numbers. Priors are the defaults before the calibration, so the search starts where
/// it started then; the other parameters are read from the current defaults.
/// </summary>
public static class CalibrationPlans
{
    public static CalibrationPlan Shipped(int? maxParallelism = null) => new()
    {
        Parameters =
        [
            new("labourMarket.vacancyRate", 2, 10, Prior: 4.0),
            new("labourMarket.interviewSuccess", 0.1, 0.9, Prior: 0.35),
            new("labourMarket.baseCallback", 0.05, 0.15, Prior: 0.09),
            new("services.treatmentDropout", 0.002, 0.04, Prior: 0.025),
        ],
        Facts = ["callback-duration", "exit-curve", "programme-dropout"],
        MaxParallelism = maxParallelism,
    };
}
