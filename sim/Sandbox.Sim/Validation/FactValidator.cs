using Sandbox.Sim.Scenarios;
using Sandbox.Sim.Validation.Measures;

namespace Sandbox.Sim.Validation;

/// <summary>
/// Checks a fact file before anything runs. Beyond well-formedness it enforces the suite's rule that a fact
/// runs on the shared defaults: a contrast may change only what the cited study varied — mechanism settings,
/// the level, or agency staffing — never a behavioural effect size that other scenarios do not share.
/// </summary>
public static class FactValidator
{
    public static void Validate(FactFile fact)
    {
        if (string.IsNullOrWhiteSpace(fact.Id)) throw new FactFileException("id", "(missing)", "a short key");
        if (string.IsNullOrWhiteSpace(fact.Title)) throw new FactFileException("title", "(missing)", "a plain-language title");
        if (string.IsNullOrWhiteSpace(fact.Source)) throw new FactFileException("source", "(missing)", "a citation");
        if (fact.Fact < 0) throw new FactFileException("fact", fact.Fact.ToString(), "a MODEL.md fact number, or 0");
        var scenario = LoadScenario(fact.Scenario);
        if (fact.Level is { } level) ParseLevel(level, "level");
        if (fact.Weeks is { } weeks && (weeks < 1 || weeks > 1040)) throw new FactFileException("weeks", weeks.ToString(), "1 to 1040");
        if (fact.Replications < 2) throw new FactFileException("replications", fact.Replications.ToString(), "2 or more (a confidence interval needs two)");
        if (fact.Quick.Replications < 2) throw new FactFileException("quick.replications", fact.Quick.Replications.ToString(), "2 or more");
        if (!(fact.Quick.Scale > 0 && fact.Quick.Scale <= 1)) throw new FactFileException("quick.scale", fact.Quick.Scale.ToString(), "more than 0, at most 1");
        if (fact.Quick.Weeks is { } qw && (qw < 1 || qw > 1040)) throw new FactFileException("quick.weeks", qw.ToString(), "1 to 1040");
        if (fact.Contrast is { } contrast) ValidateContrast(contrast, scenario);
        if (fact.Checks.Count == 0) throw new FactFileException("checks", "(empty)", "at least one check");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < fact.Checks.Count; i++)
        {
            var c = fact.Checks[i];
            string at = $"checks[{i}]";
            if (string.IsNullOrWhiteSpace(c.Id) || !ids.Add(c.Id)) throw new FactFileException(at + ".id", c.Id, "a key unique in the file");
            if (string.IsNullOrWhiteSpace(c.Statement)) throw new FactFileException(at + ".statement", "(missing)", "the published figure in words");
            IMeasure measure;
            try
            {
                measure = MeasureCatalog.Create(c.Measure);
            }
            catch (FactFileException e)
            {
                throw new FactFileException(at + "." + e.Field, e.Value, e.Allowed);
            }
            if (measure.Arms.Contains(Arm.Contrast) && fact.Contrast is null)
                throw new FactFileException(at + ".measure", c.Measure.Kind, "a measure of the base arm only, or a contrast in the file");
            if (c.Range is not null && (c.Range.Length != 2 || !(c.Range[0] <= c.Range[1])))
                throw new FactFileException(at + ".range", "[" + string.Join(", ", c.Range) + "]", "[low, high] with low ≤ high");
            if (c.Range is null && c.Tolerance is not > 0)
                throw new FactFileException(at + ".tolerance", c.Tolerance?.ToString() ?? "(missing)", "a positive tolerance, or a range");
            if (c.Role == CheckRole.Reference && string.IsNullOrWhiteSpace(c.Note))
                throw new FactFileException(at + ".note", "(missing)", "for a reference row, which source the model follows instead and why");
        }
    }

    /// <summary>Paths a contrast may set: what a study varies, not how people behave.</summary>
    public static bool ContrastMaySet(string path) =>
        path.StartsWith("mechanisms.", StringComparison.OrdinalIgnoreCase)
        || (path.StartsWith("agencies.", StringComparison.OrdinalIgnoreCase) && path.EndsWith(".staff", StringComparison.OrdinalIgnoreCase));

    private static void ValidateContrast(ContrastSpec contrast, Scenario scenario)
    {
        if (contrast.Level is { } level) ParseLevel(level, "contrast.level");
        if (contrast.Level is null && contrast.Set.Count == 0) throw new FactFileException("contrast", "(empty)", "a level or parameters to set");
        foreach (var (path, value) in contrast.Set)
        {
            if (!ContrastMaySet(path))
                throw new FactFileException("contrast.set." + path, value, "mechanisms.* or agencies.*.staff only (a contrast varies what the study varied)");
            try
            {
                var copy = scenario.Clone();
                ParameterCatalog.Find(copy, path).SetText(copy, value);
            }
            catch (ScenarioValidationException e)
            {
                throw new FactFileException("contrast.set." + path, value, e.Allowed);
            }
        }
    }

    internal static Scenario LoadScenario(string name)
    {
        try
        {
            return ScenarioLibrary.Load(name);
        }
        catch (ScenarioValidationException e)
        {
            throw new FactFileException("scenario", name, e.Message);
        }
    }

    internal static IntegrationLevel ParseLevel(string text, string field) =>
        IntegrationLevels.TryParse(text, out var level) ? level
            : throw new FactFileException(field, text, "one of " + string.Join(", ", IntegrationLevels.All.Select(l => l.Key())));
}
