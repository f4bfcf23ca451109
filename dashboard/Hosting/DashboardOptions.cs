namespace Sandbox.Dashboard.Hosting;

/// <summary>
/// Limits and settings of the dashboard (section "Dashboard" of configuration). The limits exist because the
/// hub and the API are open to anyone who can reach the page: a scenario with two million jobseekers or a
/// thousand replications would take the machine away from every other viewer.
/// </summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>Most jobseekers (stock + inflow over the run) a live run may hold with its journeys.</summary>
    public int MaxLiveAgents { get; set; } = 120_000;

    /// <summary>Live runs kept at once; the oldest finished or stopped run is dropped to make room.</summary>
    public int MaxLiveRuns { get; set; } = 12;

    /// <summary>Most jobseekers per run in a compare or experiment (stock + inflow over the run).</summary>
    public int MaxCompareAgents { get; set; } = 60_000;

    public int MaxReplications { get; set; } = 50;

    public int MaxVariants { get; set; } = 8;

    /// <summary>Most runs (points × replications) of one sweep, sensitivity analysis or decomposition.</summary>
    public int MaxExperimentRuns { get; set; } = 4000;

    /// <summary>Largest hub message accepted, in bytes (a scenario file is a few kilobytes).</summary>
    public long MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>Hub calls per second a connection may make on average, and the burst it may save up.</summary>
    public double CallsPerSecond { get; set; } = 20;

    public int CallBurst { get; set; } = 40;

    /// <summary>Password for the Orleans dashboard under /orleans; when empty one is generated and logged at start.</summary>
    public string AdminPassword { get; set; } = "";
}
