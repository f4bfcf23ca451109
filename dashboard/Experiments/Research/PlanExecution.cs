using Sandbox.Grains.Experiments;
using Sandbox.Sim.Experiments;

namespace Sandbox.Dashboard.Experiments.Research;

/// <summary>
/// Where a sweep, a sensitivity design or a decomposition runs. On the Orleans engine (the default) it goes to the
/// cluster the dashboard's silo belongs to, as compares do: one run grain per (point, replication) on whichever silo
/// has room, results read back in run order, the same outputs as the in-process runner to the bit; alone, the
/// embedded silo is the whole cluster, joined to Redis with worker silos the runs spread over all of them. With
/// <c>Dashboard:Engine=kernel</c> it runs in this process.
/// </summary>
public sealed class PlanExecution(IGrainFactory grains, IConfiguration configuration)
{
    public const string Cluster = "Orleans cluster";

    private readonly bool _inProcess = string.Equals(configuration["Dashboard:Engine"], "kernel", StringComparison.OrdinalIgnoreCase);

    public string Engine => _inProcess ? ResearchWork.InProcess : Cluster;

    /// <summary>Runs the plan and waits for it (the caller is a job's own thread); cancelling pauses a cluster experiment.</summary>
    public PlanOutputs Run(Sim.Experiments.ExperimentPlan plan, string kind, PlanRunOptions local, Action<int, int> progress,
        CancellationToken cancellationToken)
    {
        var report = new InlineProgress<PlanProgress>(p => progress(p.Completed, p.Total));
        if (_inProcess) return PlanRunner.Run(plan, local, report, cancellationToken);
        return ClusterPlanRunner.RunAsync(grains, ExperimentPlans.NewId(kind), kind, plan, report, cancellationToken).GetAwaiter().GetResult();
    }
}
