using Sandbox.Grains.Experiments;
using Sandbox.Sim.Metrics;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Tests.Infrastructure;

/// <summary>Launching experiments and checking their results against the kernel run by run.</summary>
internal static class ExperimentChecks
{
    /// <summary>Four levels × <paramref name="replications"/> on a scenario large enough that runs take a while.</summary>
    public static ExperimentSpec Levels(string name, int replications, int stock = 600, int weeks = 50) =>
        ExperimentPlans.CompareLevels(name, TestScenarios.Small(IntegrationLevel.CoLocation, stock: stock, inflow: stock / 40.0, weeks: weeks), replications, baseSeed: 100);

    /// <summary>
    /// An experiment a test interrupts mid-way (kills a silo, a process): 32 runs of about 4 M jobseeker-weeks each,
    /// so that after the first few finish, the finished ones can be read and the interruption made long before the
    /// last one ends, however fast the kernel gets (at 8 × 160 weeks of 2,000 a faster kernel finished them all first).
    /// </summary>
    public static ExperimentSpec Interruptible(string name) => Levels(name, replications: 8, stock: 4000, weeks: 260);

    public static Task<ExperimentProgress> Completion(IGrainFactory grains, string id, TimeSpan timeout) =>
        Eventually.Until(() => grains.Experiment(id).GetProgress(), p => p.IsOver, timeout, $"experiment {id} to complete");

    /// <summary>Every run's stored result equals a fresh kernel run of the same point and seed, bit for bit.</summary>
    public static async Task AssertEqualsKernel(IGrainFactory grains, string id, ExperimentSpec spec)
    {
        var results = await ExperimentResults.ReadAsync(grains, id);
        for (int p = 0; p < spec.Points.Length; p++)
            for (int r = 0; r < spec.Replications; r++)
            {
                var scenario = ScenarioLoader.Parse(spec.Points[p].ScenarioJson);
                scenario.Seed = spec.Seeds[r];
                var stored = results[p][r] ?? throw new Xunit.Sdk.XunitException($"run ({p}, {r}) has no result");
                TestScenarios.AssertBitIdentical(TestScenarios.Kernel(scenario), stored);
            }
    }

    public static async Task<Dictionary<int, RunOutcome>> Outcomes(IGrainFactory grains, string id, ExperimentSpec spec)
    {
        // Read all at once: a test reads these between noticing the first runs finish and interrupting the rest.
        var read = await Task.WhenAll(Enumerable.Range(0, spec.RunCount).Select(run => grains.Run(id, run).GetOutcome()));
        var outcomes = new Dictionary<int, RunOutcome>();
        for (int run = 0; run < read.Length; run++)
            if (read[run] is { } o) outcomes[run] = o;
        return outcomes;
    }

    public static void AssertCountedOnce(ExperimentProgress progress)
    {
        Assert.Equal(ExperimentStatus.Completed, progress.Status);
        Assert.Equal(progress.Total, progress.Finished);
        Assert.Equal(progress.Total, progress.BySilo.Sum(s => s.Runs));
        Assert.Equal(progress.Total, progress.FinishedByPoint.Sum());
    }
}
