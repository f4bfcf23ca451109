using BenchmarkDotNet.Running;
using Sandbox.Grains.Bench;

// BenchmarkDotNet: dotnet run -c Release --project bench/Sandbox.Grains.Bench -- --filter '*'
// Quick figures:   ... -- --quick [weeks] [fanOut]   |   ... -- --experiment [replications]
if (args is ["--quick", ..])
    await QuickRun.FanOut(args.Length > 1 ? int.Parse(args[1]) : 20, args.Length > 2 ? int.Parse(args[2]) : 256, rounds: 3);
else if (args is ["--experiment", ..])
    await QuickRun.Experiment(args.Length > 1 ? int.Parse(args[1]) : 2);
else
    BenchmarkSwitcher.FromAssembly(typeof(LiveEngineBenchmarks).Assembly).Run(args);
