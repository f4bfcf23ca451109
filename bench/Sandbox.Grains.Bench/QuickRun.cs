using System.Diagnostics;
using Sandbox.Grains.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Grains.Bench;

/// <summary>
/// Figures without BenchmarkDotNet's statistics, for a quick look on a busy machine: <c>--quick</c> times the
/// live engine and the bare fan-out alternately and prints jobseeker-weeks/s and their ratio;
/// <c>--experiment</c> times an experiment of full baseline runs on one silo and prints runs/s.
/// </summary>
internal static class QuickRun
{
    public static async Task FanOut(int weeks, int fanOut, int rounds)
    {
        await using var silo = await BenchSilo.StartAsync(fanOut);
        var workload = new FanOutWorkload(silo.Grains, weeks, fanOut);
        await workload.Bare();
        await workload.Live();
        var bare = new List<double>();
        var live = new List<double>();
        for (int r = 0; r < rounds; r++)
        {
            bare.Add(workload.JobseekerWeeks / await Time(workload.Bare));
            live.Add(workload.JobseekerWeeks / await Time(workload.Live));
        }
        double b = Median(bare), l = Median(live);
        Console.WriteLine($"{workload.JobseekerWeeks} jobseeker-weeks per run ({weeks} weeks, fan-out {fanOut}), medians of {rounds}:");
        Console.WriteLine($"  bare fan-out  {b,12:N0} grain-weeks/s");
        Console.WriteLine($"  live engine   {l,12:N0} jobseeker-weeks/s");
        Console.WriteLine($"  ratio live/bare {l / b:F2}");
    }

    public static async Task Experiment(int replications)
    {
        await using var silo = await BenchSilo.StartAsync(256);
        var spec = ExperimentPlans.CompareLevels("bench", ScenarioLibrary.BaselineScenario(), replications);
        var experiment = silo.Grains.Experiment("bench-experiment");
        var clock = Stopwatch.StartNew();
        await experiment.Launch(spec);
        ExperimentProgress progress;
        do
        {
            await Task.Delay(100);
            progress = await experiment.GetProgress();
        } while (!progress.IsOver);
        double seconds = clock.Elapsed.TotalSeconds;
        var outcomes = new List<RunOutcome>();
        for (int run = 0; run < spec.RunCount; run++) outcomes.Add((await silo.Grains.Run("bench-experiment", run).GetOutcome())!);
        Console.WriteLine($"{spec.RunCount} baseline runs ({spec.Points.Length} levels × {replications}) on one silo with {Environment.ProcessorCount} cores: " +
                          $"{seconds:F1} s, {spec.RunCount / seconds:F2} runs/s per silo, {outcomes.Average(o => o.Seconds):F2} s per run ({progress.Status})");
    }

    private static async Task<double> Time(Func<Task> run)
    {
        var clock = Stopwatch.StartNew();
        await run();
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
