using Sandbox.Sim.Validation.Reports;

namespace Sandbox.Sim.Validation.Calibration;

/// <summary>One candidate the search evaluated: parameter values, misfit to the targets, and the prior penalty.</summary>
public sealed record CalibrationStep(int Evaluation, IReadOnlyDictionary<string, double> Values, double Misfit, double PriorPenalty)
{
    public double Loss => Misfit + PriorPenalty;
}

/// <summary>The fitted values, the fit they give on the fitting seeds, and the path the search took.</summary>
public sealed record CalibrationResult(
    CalibrationPlan Plan,
    IReadOnlyDictionary<string, double> Fitted,
    CalibrationStep Best,
    ValidationReport Fit,
    IReadOnlyList<CalibrationStep> History);
