using System.Globalization;
using Microsoft.Extensions.Options;
using Sandbox.Dashboard.Api;
using Sandbox.Dashboard.Hosting;
using Sandbox.Dashboard.Live;
using Sandbox.Dashboard.Scenarios;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments;

/// <summary>
/// Checks an <see cref="ExperimentRequest"/> against the dashboard's limits and turns it into arms: one per
/// level, per saved scenario, or per sweep value set through the parameter catalog (so a sweep value outside
/// the parameter's range is refused with that range).
/// </summary>
public sealed class ExperimentPlanner(ScenarioResolver resolver, IOptions<DashboardOptions> options)
{
    public ExperimentPlan Plan(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        if (request.Replications < 1 || request.Replications > o.MaxReplications)
            throw Invalid("replications", request.Replications, $"1 to {o.MaxReplications}");
        if (request.BaseSeed < 0) throw Invalid("baseSeed", request.BaseSeed, "0 or more");

        var scenario = resolver.Resolve(request.Scenario);
        var arms = request.Kind switch
        {
            "compare" when request.Saved is { Count: > 0 } saved =>
                Variant.ForScenarios(saved.Select(name => resolver.Resolve(new ScenarioRequest { Base = name }))).ToList(),
            "compare" => Variant.ForLevels(scenario, request.Levels is { Count: > 0 } keys ? keys.Select(ParseLevel) : IntegrationLevels.All).ToList(),
            "sweep" => SweepArms(scenario, request),
            _ => throw new ApiErrorException(ApiError.Invalid("kind", request.Kind, "compare, sweep or one of " + string.Join(", ", Research.ResearchPlanner.Kinds))),
        };
        if (arms.Count < 1 || arms.Count > o.MaxVariants) throw Invalid("variants", arms.Count, $"1 to {o.MaxVariants}");
        if (arms.Select(a => a.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != arms.Count)
            throw new ApiErrorException(ApiError.Invalid("variants", "duplicate names", "distinct scenarios"));
        foreach (var arm in arms)
        {
            LiveRuns.CheckSize(arm.Scenario, o.MaxCompareAgents);
            if (arm.Scenario.Weeks != arms[0].Scenario.Weeks)
                throw new ScenarioValidationException("weeks", arm.Scenario.Weeks.ToString(CultureInfo.InvariantCulture),
                    $"{arms[0].Scenario.Weeks} weeks in every compared scenario (weeks are compared one by one)");
        }
        string name = string.IsNullOrWhiteSpace(request.Name) ? DefaultName(request, scenario, arms) : request.Name.Trim()[..Math.Min(request.Name.Trim().Length, 120)];
        return new ExperimentPlan(request.Kind, name, arms, request.Replications, request.BaseSeed,
            request.Kind == "sweep" ? ParameterCatalog.Find(scenario, request.SweepPath!).Path : null,
            request.Kind == "sweep" ? request.SweepValues : null);
    }

    private List<Variant> SweepArms(Scenario scenario, ExperimentRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.SweepPath)) throw new ApiErrorException(ApiError.Invalid("sweepPath", "(missing)", "a parameter path"));
        var parameter = ParameterCatalog.Find(scenario, request.SweepPath);
        var values = request.SweepValues ?? [];
        if (values.Count < 2 || values.Count > options.Value.MaxVariants)
            throw Invalid("sweepValues", values.Count, $"2 to {options.Value.MaxVariants} values");
        return values.Distinct().Select(v =>
        {
            var s = scenario.Clone();
            parameter.SetExactly(s, v);
            string text = v.ToString("G6", CultureInfo.InvariantCulture);
            return new Variant($"{parameter.Path}={text}", $"{ParameterLabels.Label(parameter.Path).ToLowerInvariant()} = {text}", s);
        }).ToList();
    }

    private static IntegrationLevel ParseLevel(string key) =>
        IntegrationLevels.TryParse(key, out var level) ? level
            : throw new ApiErrorException(ApiError.Invalid("levels", key, string.Join(", ", IntegrationLevels.All.Select(l => l.Key()))));

    private static string DefaultName(ExperimentRequest request, Scenario scenario, List<Variant> arms) => request.Kind == "sweep"
        ? $"Sweep of {ParameterLabels.Label(request.SweepPath!).ToLowerInvariant()} ({scenario.Name})"
        : $"Compare {arms.Count} {(request.Saved is { Count: > 0 } ? "scenarios" : "levels")} ({scenario.Name})";

    private static ApiErrorException Invalid(string field, long value, string allowed) =>
        new(ApiError.Invalid(field, value.ToString(CultureInfo.InvariantCulture), allowed));
}
