using Sandbox.Grains.Experiments;
using Sandbox.Grains.Tests.Infrastructure;

namespace Sandbox.Grains.Tests.Experiments;

/// <summary>
/// The embedded process dies in the middle of an experiment; a new process on the same storage directory
/// resumes it (what <c>--resume</c> does), skips the runs that had finished and ends with the kernel's results.
/// </summary>
public sealed class ResumeTests
{
    [Fact]
    public async Task A_restarted_process_resumes_from_what_was_saved()
    {
        using var storage = new TempDirectory();
        var spec = ExperimentChecks.Interruptible("resume");
        Dictionary<int, RunOutcome> before;
        await using (var first = await SandboxTestCluster.StartAsync(1, storage.Path))
        {
            var experiment = first.GrainFactory.Experiment("resume");
            await experiment.Launch(spec);
            await Eventually.Until(experiment.GetProgress, p => p.Finished >= 3, TimeSpan.FromSeconds(60), "first runs");
            before = await ExperimentChecks.Outcomes(first.GrainFactory, "resume", spec);
            await first.KillSiloAsync(first.Primary!);
        }
        Assert.InRange(before.Count, 3, spec.RunCount - 1);

        await using var second = await SandboxTestCluster.StartAsync(1, storage.Path);
        var resumed = await second.GrainFactory.Experiment("resume").Resume();
        Assert.Equal(ExperimentStatus.Running, resumed.Status); // definition and progress came back from storage
        var done = await ExperimentChecks.Completion(second.GrainFactory, "resume", TimeSpan.FromSeconds(120));

        ExperimentChecks.AssertCountedOnce(done);
        var after = await ExperimentChecks.Outcomes(second.GrainFactory, "resume", spec);
        foreach (var (run, outcome) in before) Assert.Equal(outcome, after[run]); // finished runs were not run again
        await ExperimentChecks.AssertEqualsKernel(second.GrainFactory, "resume", spec);
    }
}
