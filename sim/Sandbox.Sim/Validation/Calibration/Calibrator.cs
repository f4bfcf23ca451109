using Sandbox.Sim.Validation.Reports;

namespace Sandbox.Sim.Validation.Calibration;

/// <summary>
/// Fits free parameters to the calibrated checks by a deterministic pattern search (coordinate steps that
/// halve when no step improves). Each candidate runs the chosen facts on common random numbers, so the loss
/// is a fixed function of the parameters and the search is reproducible. The loss is the sum over checks of
/// ((model − target) / half the pass band)², plus the prior pull of <see cref="CalibrationPlan.PriorWeight"/>.
/// </summary>
public static class Calibrator
{
    public static CalibrationResult Run(CalibrationPlan plan, IProgress<CalibrationStep>? progress = null)
    {
        var facts = FactLibrary.All().Where(f => plan.Facts.Contains(f.Id)).ToArray();
        var parameters = plan.Parameters;
        var history = new List<CalibrationStep>();
        var seen = new Dictionary<string, (CalibrationStep Step, ValidationReport Report)>();

        (CalibrationStep Step, ValidationReport Report) Evaluate(double[] unit)
        {
            var values = parameters.Select((p, i) => Math.Round(p.FromUnit(unit[i]), 6)).ToArray();
            string key = string.Join(",", values);
            if (seen.TryGetValue(key, out var known)) return known;
            var overrides = parameters.Select((p, i) => (p.Path, values[i])).ToDictionary(x => x.Path, x => x.Item2);
            var report = ValidationSuite.Run(facts, new ValidationOptions
            {
                Overrides = new Dictionary<string, double>(overrides) { ["seed"] = plan.Seed },
                Replications = plan.Replications,
                Quick = plan.Quick,
                MaxParallelism = plan.MaxParallelism,
            });
            var step = new CalibrationStep(history.Count + 1, overrides, Misfit(report), PriorPenalty(parameters, values, plan.PriorWeight));
            history.Add(step);
            progress?.Report(step);
            return seen[key] = (step, report);
        }

        var current = parameters.Select(p => p.ToUnit(p.Prior)).ToArray();
        var best = Evaluate(current);
        for (double step = plan.FirstStep; step >= plan.FinalStep && history.Count < plan.MaxEvaluations; step /= 2)
        {
            bool improved = true;
            while (improved && history.Count < plan.MaxEvaluations)
            {
                improved = false;
                for (int i = 0; i < current.Length && history.Count < plan.MaxEvaluations; i++)
                {
                    foreach (double direction in (double[])[1, -1])
                    {
                        var trial = (double[])current.Clone();
                        trial[i] = Math.Clamp(trial[i] + direction * step, 0, 1);
                        if (trial[i] == current[i]) continue;
                        var candidate = Evaluate(trial);
                        if (candidate.Step.Loss >= best.Step.Loss) continue;
                        best = candidate;
                        current = trial;
                        improved = true;
                        break;
                    }
                }
            }
        }
        return new CalibrationResult(plan, best.Step.Values, best.Step, best.Report, history);
    }

    /// <summary>Sum of squared misses, each in units of half its pass band; calibrated checks only.</summary>
    public static double Misfit(ValidationReport report) =>
        report.Rows.Where(r => r.Role == CheckRole.Calibrated).Sum(r =>
        {
            double half = (r.Band.High - r.Band.Low) / 2;
            double miss = double.IsNaN(r.Model.Mean) ? 10 : (r.Model.Mean - r.Band.Target) / half;
            return miss * miss;
        });

    private static double PriorPenalty(IReadOnlyList<CalibrationParameter> parameters, double[] values, double weight) =>
        weight * parameters.Select((p, i) => p.Prior > 0 && values[i] > 0 ? Math.Pow(Math.Log(values[i] / p.Prior), 2) : 0).Sum();
}
