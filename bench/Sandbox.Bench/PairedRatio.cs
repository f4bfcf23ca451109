using System.Diagnostics;
using Sandbox.Sim.Engine;
using Sandbox.Sim.Experiments;
using Sandbox.Sim.Scenarios;

namespace Sandbox.Bench;

/// <summary>
/// The kernel against its floor in one process, pair after pair. BenchmarkDotNet times the two in turn, each in its
/// own process, so on a shared machine a neighbour's load that rises between them moves the ratio (iterations of
/// either moved by up to ±15% within one run). Here each pair runs the floor and the kernel back
/// to back (which goes first alternates, so a drift within a pair cancels), and the median of the pairs' ratios is
/// reported with its quartiles. A complement to the BenchmarkDotNet figures, not a replacement:
/// <c>dotnet run -c Release --project bench/Sandbox.Bench -- --paired [pairs]</c>.
/// </summary>
public static class PairedRatio
{
    public const int DefaultPairs = 40;
    private const int WarmUps = 5;

    public static void Run(int pairs, TextWriter output)
    {
        output.WriteLine($"pairs of floor and kernel runs, {pairs} a level, single-threaded; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        output.WriteLine("| level | floor ms (median) | kernel ms (median) | kernel / floor (median of pairs) | quartiles | kernel M jw/s (median) |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var level in new[] { IntegrationLevel.CoLocation, IntegrationLevel.FullIntegration })
        {
            var p = new ModelParameters(ScenarioLibrary.BaselineScenario().WithLevel(level));
            var profile = WorkProfile.Record(p);
            var memory = new FloorMemory(p, profile);
            FloorRun.Check(p, profile, memory);
            double Floor() => Time(() => FloorRun.Run(p, profile, memory));
            double Kernel() => Time(() => new KernelSimulation(p).Run().Values[0]);
            for (int i = 0; i < WarmUps; i++) { Floor(); Kernel(); }

            var floors = new double[pairs];
            var kernels = new double[pairs];
            var ratios = new double[pairs];
            for (int i = 0; i < pairs; i++)
            {
                if (i % 2 == 0) { floors[i] = Floor(); kernels[i] = Kernel(); }
                else { kernels[i] = Kernel(); floors[i] = Floor(); }
                ratios[i] = kernels[i] / floors[i];
            }
            double kernel = Quantile(kernels, 0.5);
            output.WriteLine($"| {level.Key()} | {Quantile(floors, 0.5):F1} | {kernel:F1} | {Quantile(ratios, 0.5):F2}× | " +
                             $"{Quantile(ratios, 0.25):F2}–{Quantile(ratios, 0.75):F2} | {profile.JobseekerWeeks / (kernel / 1e3) / 1e6:F1} |");
        }
    }

    /// <summary>Reads the number of pairs from the arguments after <c>--paired</c>, refusing anything but a whole number in range.</summary>
    public static int PairsFrom(string[] rest)
    {
        if (rest.Length == 0) return DefaultPairs;
        if (rest.Length == 1 && int.TryParse(rest[0], out int pairs) && pairs is >= 5 and <= 10_000) return pairs;
        throw new ArgumentException($"--paired {string.Join(' ', rest)}: expected one whole number of pairs from 5 to 10000 (default {DefaultPairs})");
    }

    private static double Time(Func<double> run)
    {
        long start = Stopwatch.GetTimestamp();
        run();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double Quantile(double[] values, double q) => FanBands.Quantile(values.Order().ToArray(), q);
}
