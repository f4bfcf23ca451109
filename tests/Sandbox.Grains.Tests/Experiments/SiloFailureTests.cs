using Orleans.TestingHost;
using Sandbox.Grains.Experiments;
using Sandbox.Grains.Tests.Infrastructure;

namespace Sandbox.Grains.Tests.Experiments;

/// <summary>
/// Killing a silo in the middle of an experiment (the one running the experiment grain itself) loses
/// nothing: the experiment moves, finishes, counts every run once, keeps the runs finished before the kill
/// as they were, and its results equal the kernel's. State is in file storage shared by the silos, as
/// Redis would be shared in a real cluster.
/// </summary>
public sealed class SiloFailureTests
{
    [Fact]
    public async Task Experiment_survives_the_death_of_the_silo_running_it()
    {
        using var storage = new TempDirectory();
        await using var cluster = await SandboxTestCluster.StartAsync(3, storage.Path);
        var grains = cluster.GrainFactory;
        var spec = ExperimentChecks.Interruptible("kill");

        var (id, host) = await ExperimentOnSecondary(cluster);
        await grains.Experiment(id).Launch(spec);
        await Eventually.Until(grains.Experiment(id).GetProgress, p => p.Finished >= 4, TimeSpan.FromSeconds(60), "first runs");
        var before = await ExperimentChecks.Outcomes(grains, id, spec);
        Assert.True(before.Count < spec.RunCount, "every run finished before the kill: make the runs longer");

        await cluster.KillSiloAsync(host);

        var done = await ExperimentChecks.Completion(grains, id, TimeSpan.FromSeconds(120));
        ExperimentChecks.AssertCountedOnce(done);
        Assert.NotEqual(host.SiloAddress.ToString(), done.Host);
        var after = await ExperimentChecks.Outcomes(grains, id, spec);
        foreach (var (run, outcome) in before) Assert.Equal(outcome, after[run]);
        await ExperimentChecks.AssertEqualsKernel(grains, id, spec);
    }

    /// <summary>An experiment id whose grain activates on a secondary silo (the primary holds the test membership table).</summary>
    private static async Task<(string Id, SiloHandle Host)> ExperimentOnSecondary(TestCluster cluster)
    {
        for (int attempt = 0; attempt < 50; attempt++)
        {
            string id = $"kill-{attempt}";
            var progress = await cluster.GrainFactory.Experiment(id).GetProgress();
            var host = cluster.SecondarySilos.FirstOrDefault(s => s.SiloAddress.ToString() == progress.Host);
            if (host is not null) return (id, host);
        }
        throw new InvalidOperationException("no experiment grain was placed on a secondary silo");
    }
}
