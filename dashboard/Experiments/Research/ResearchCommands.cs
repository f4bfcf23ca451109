using Sandbox.Sim.Analysis;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>
/// Pieces of the CLI command equivalent to a dashboard experiment, written into its manifest and reproduce note:
/// run in the experiment folder (its scenario.json is the resolved scenario with the base seed), it gives the
/// same numbers.
/// </summary>
internal static class ResearchCommands
{
    public static string Param(ParameterRange r) =>
        $"--param {r.Path}={ScenarioRanges.Text(r.Min)}:{ScenarioRanges.Text(r.Max)}{(r.LogScale ? ":log" : "")}";

    public static string Levels(IReadOnlyList<IntegrationLevel> levels) => string.Join(",", levels.Select(l => l.Key()));
}
