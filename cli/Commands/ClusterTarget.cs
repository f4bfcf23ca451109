using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sandbox.Grains;
using Sandbox.Grains.Experiments;
using Sandbox.Grains.Hosting;
using Sandbox.Sim.Experiments;

namespace Sandbox.Cli.Commands;

/// <summary>
/// The cluster an experiment command sends its runs to with <c>--cluster</c>: the command connects as an Orleans
/// client through the silos' Redis, hands the plan to an experiment grain, follows its progress and reads the
/// results back in run order. With <c>--resume</c> the experiment id is the plan's fingerprint, so a repeated call
/// finds the runs the cluster already finished; otherwise every call is a new experiment.
/// </summary>
internal sealed record ClusterTarget(string Redis, string ClusterId)
{
    public static readonly string DefaultClusterId = new SandboxClusterOptions().ClusterId;

    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(20);

    private static readonly string NoAnswer = $"none answered within {AnswerTimeout.TotalSeconds:0} s";

    /// <summary>Why the cluster cannot take the runs, naming the flag and how to start a silo.</summary>
    private IOException NoSilo(string why, Exception inner) =>
        new($"--cluster {Redis}: no silo of cluster '{ClusterId}' could be reached ({why}); start one with 'sandbox silo --redis {Redis}'", inner);

    public PlanOutputs Run(string kind, string fingerprint, bool resume, ExperimentPlan plan, IProgress<PlanProgress> progress,
        CancellationToken cancellationToken)
    {
        string named = $"{kind}-{fingerprint[..24]}";
        string id = resume ? named : ExperimentPlans.NewId(named);
        // No logging providers: the client's connection chatter would run through the progress display.
        using var host = new HostBuilder().UseSandboxClient(new SandboxClusterOptions { Redis = Redis, ClusterId = ClusterId }).Build();
        // Without a silo up, a client keeps looking for a gateway; waiting is bounded so the user hears why.
        using (var starting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            starting.CancelAfter(AnswerTimeout);
            try
            {
                host.StartAsync(starting.Token).GetAwaiter().GetResult();
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                throw NoSilo(e is OperationCanceledException ? NoAnswer : e.GetBaseException().Message, e);
            }
        }
        try
        {
            var grains = host.Services.GetRequiredService<IClusterClient>();
            // A client starts without any silo up; its first call would then wait for one indefinitely.
            try
            {
                grains.Experiment(id).GetProgress().WaitAsync(AnswerTimeout, cancellationToken).GetAwaiter().GetResult();
            }
            catch (TimeoutException e)
            {
                throw NoSilo(NoAnswer, e);
            }
            return ClusterPlanRunner.RunAsync(grains, id, kind, plan, progress, cancellationToken).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException e)
        {
            throw new IOException(e.Message, e); // the cluster experiment failed: said in one line, like any other failure
        }
        finally
        {
            host.StopAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
        }
    }
}
