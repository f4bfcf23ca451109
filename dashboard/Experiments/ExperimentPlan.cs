using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Dashboard.Experiments;

/// <summary>One arm of an experiment: a level, a saved scenario or a sweep point.</summary>
public sealed record ExperimentArm(string Name, string Label, Scenario Scenario);

/// <summary>
/// A compare or sweep ready to run: arms × replications, replication r of every arm on the same seed (common
/// random numbers). For a sweep, <see cref="SweepPath"/> names the parameter the arms vary and
/// <see cref="SweepValues"/> its values, arm by arm.
/// </summary>
public sealed record ExperimentPlan(
    string Kind,
    string Name,
    IReadOnlyList<ExperimentArm> Arms,
    int Replications,
    long BaseSeed,
    string? SweepPath = null,
    IReadOnlyList<double>? SweepValues = null);

/// <summary>The finished runs of an experiment: runs[arm][replication], with the seed each replication ran on.</summary>
public sealed record ExperimentOutcome(ExperimentPlan Plan, RunResult[][] Runs, long[] Seeds);
